# Builds the Debian package from the build tree, unpacks it into a temporary root and runs the
# packaged executable as a user would. Invoked by ctest with -DBUILD_DIR=... -DWORK_DIR=...
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/root")

execute_process(COMMAND ${CMAKE_CPACK_COMMAND} -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK_DIR}/out"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${rc}):\n${out}\n${err}")
endif()
file(GLOB debs "${WORK_DIR}/out/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb, found ${count}: ${debs}")
endif()

execute_process(COMMAND dpkg-deb --field ${debs} Package Version Depends OUTPUT_VARIABLE fields RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT fields MATCHES "Package: lockstep" OR NOT fields MATCHES "libqt6widgets6")
    message(FATAL_ERROR "package metadata is wrong:\n${fields}")
endif()
execute_process(COMMAND dpkg-deb -x ${debs} "${WORK_DIR}/root" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x failed")
endif()
foreach(f usr/bin/lockstep usr/share/applications/lockstep.desktop usr/share/icons/hicolor/scalable/apps/lockstep.svg)
    if(NOT EXISTS "${WORK_DIR}/root/${f}")
        message(FATAL_ERROR "the package lacks ${f}")
    endif()
endforeach()

set(exe "${WORK_DIR}/root/usr/bin/lockstep")
execute_process(COMMAND ${exe} --version OUTPUT_VARIABLE version RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT version MATCHES "Lockstep ${EXPECTED_VERSION}")
    message(FATAL_ERROR "packaged lockstep --version said '${version}' (exit ${rc})")
endif()
execute_process(COMMAND ${exe} --headless --db "${WORK_DIR}/data/lockstep.sqlite"
    OUTPUT_VARIABLE headless RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT EXISTS "${WORK_DIR}/data/lockstep.sqlite")
    message(FATAL_ERROR "packaged lockstep --headless failed (exit ${rc}): ${headless}")
endif()
message(STATUS "package ok: ${debs}")
