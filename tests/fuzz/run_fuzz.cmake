# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds the fuzz targets with clang in BUILD_DIR, then runs each for SECONDS with the seed corpus.
# Fails on the first crash, leak, sanitizer report or timeout; the reproducer is left in BUILD_DIR/artifacts/.
#   cmake -DCXX=clang++-14 -DBUILD_DIR=build/fuzz -DSECONDS=15 [-DTARGETS="fuzz_money;fuzz_config"] -P tests/fuzz/run_fuzz.cmake
cmake_minimum_required(VERSION 3.25)
get_filename_component(source_dir "${CMAKE_CURRENT_LIST_DIR}" ABSOLUTE)
get_filename_component(repo_dir "${source_dir}/../.." ABSOLUTE)
if(NOT CXX)
    set(CXX clang++-14)
endif()
if(NOT BUILD_DIR)
    set(BUILD_DIR ${repo_dir}/build/fuzz)
endif()
if(NOT SECONDS)
    set(SECONDS 15)
endif()

execute_process(COMMAND ${CMAKE_COMMAND} -S ${source_dir} -B ${BUILD_DIR} -G Ninja -DCMAKE_CXX_COMPILER=${CXX}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "configuring the fuzz targets failed (clang and libclang-rt-14-dev: bash .ci/install-deps)")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "building the fuzz targets failed")
endif()

if(NOT TARGETS)
    set(TARGETS fuzz_woo_parser fuzz_ct_parser fuzz_deposco_parser fuzz_square_parser
        fuzz_webhook fuzz_retry_after fuzz_config fuzz_money fuzz_http_request_reader)
endif()
file(MAKE_DIRECTORY ${BUILD_DIR}/artifacts)
set(failed "")
foreach(target ${TARGETS})
    string(REPLACE "fuzz_" "" name ${target})
    # The corpus grows in the build folder; the seeds (hand-made ones and the unit tests' fixtures) are read only.
    set(corpus ${BUILD_DIR}/corpus/${name})
    file(MAKE_DIRECTORY ${corpus})
    set(seeds ${repo_dir}/tests/unit/fixtures)
    if(EXISTS ${source_dir}/seeds/${name})
        list(APPEND seeds ${source_dir}/seeds/${name})
    endif()
    message(STATUS "${target}: ${SECONDS} s")
    execute_process(COMMAND ${BUILD_DIR}/${target} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048
            -max_len=65536 -print_final_stats=1 -artifact_prefix=${BUILD_DIR}/artifacts/${name}- ${corpus} ${seeds}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" runs "${out}")
    string(REGEX MATCH "cov: [0-9]+" cov "${out}")
    message(STATUS "${target}: exit ${rc}, ${runs}, ${cov}")
    if(NOT rc EQUAL 0)
        message("${out}")
        list(APPEND failed ${target})
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "fuzz targets failed: ${failed} (reproducers in ${BUILD_DIR}/artifacts)")
endif()
message(STATUS "fuzz: every target ran ${SECONDS} s without a crash, leak or sanitizer report")
