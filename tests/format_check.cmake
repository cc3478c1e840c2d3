# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file of the project differs from what clang-format makes of it with the repository's
# .clang-format, and names the files. Run by the ctest `source_format` (so by .ci/run), or by hand:
#   cmake -DCLANG_FORMAT=clang-format-14 -DSOURCE_DIR=. -P tests/format_check.cmake
# To format: clang-format-14 -i $(git ls-files '*.cpp' '*.h')
cmake_minimum_required(VERSION 3.25)
if(NOT CLANG_FORMAT)
    message(FATAL_ERROR "clang-format-14 is not installed: run .ci/install-deps")
endif()
execute_process(COMMAND git ls-files -- "*.cpp" "*.h" WORKING_DIRECTORY ${SOURCE_DIR}
    OUTPUT_VARIABLE listed RESULT_VARIABLE rc ERROR_QUIET)
if(rc EQUAL 0 AND listed)
    string(STRIP "${listed}" listed)
    string(REPLACE "\n" ";" files "${listed}")
else()
    # Not a git checkout (a source archive): the project's own folders.
    file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR}
        ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
        ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
    list(FILTER files EXCLUDE REGEX "node_modules/")
endif()
list(LENGTH files count)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files} WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE rc ERROR_VARIABLE said)
if(NOT rc EQUAL 0)
    string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted" lines "${said}")
    set(unformatted)
    foreach(line IN LISTS lines)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error: code should be clang-formatted" "" file "${line}")
        list(APPEND unformatted "${file}")
    endforeach()
    list(REMOVE_DUPLICATES unformatted)
    list(JOIN unformatted "\n  " named)
    message(FATAL_ERROR "Not formatted as .clang-format says (format with: ${CLANG_FORMAT} -i FILE):\n  ${named}")
endif()
message(STATUS "${count} C++ files formatted as .clang-format says")
