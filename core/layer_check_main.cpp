// SPDX-License-Identifier: GPL-3.0-or-later
// The program of every layer_check_<layer> (core/CMakeLists.txt): it does nothing; what matters is that it links,
// with the whole of one layer's library and only the layers that layer may use.
int main()
{
    return 0;
}
