// SPDX-License-Identifier: GPL-3.0-or-later
#include "quit_on_signals.h"

#if defined(Q_OS_UNIX)
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace lockstep::app {

#if defined(Q_OS_UNIX)
namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1); // async-signal-safe
}

} // namespace

/// SIGINT/SIGTERM end the event loop through a socket pair (the self-pipe trick): a signal handler may not
/// touch Qt, so it only writes a byte that a QSocketNotifier reads on the main thread.
void installQuitOnSignals(QCoreApplication& application)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &application);
    QObject::connect(notifier, &QSocketNotifier::activated, &application, [notifier] {
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}
#elif defined(Q_OS_WIN)
namespace {

BOOL WINAPI onConsoleEvent(DWORD)
{
    // Runs on a thread of its own: a queued call is the thread-safe way to reach the main loop.
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    return TRUE;
}

} // namespace

void installQuitOnSignals(QCoreApplication&)
{
    ::SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}
#else
void installQuitOnSignals(QCoreApplication&)
{} // elsewhere: stop by ending the process
#endif

} // namespace lockstep::app
