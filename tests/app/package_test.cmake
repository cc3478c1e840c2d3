# Builds the Debian package from the build tree, unpacks it into a temporary root and runs the
# packaged executable as a user would: --version, --headless, and --self-test against the sandbox (every check
# passes), with an unreachable system and with an unwritable database (each fails, naming the cause).
# Also checks what the package carries (desktop entry, icon, metainfo) and that it has no maintainer script that
# could touch the users' data. Invoked by ctest with -DBUILD_DIR=... -DWORK_DIR=... -DWITH_SANDBOX=...
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/root" "${WORK_DIR}/home")

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
set(desktop usr/share/applications/lockstep.desktop)
set(metainfo usr/share/metainfo/lockstep.metainfo.xml)
foreach(f usr/bin/lockstep ${desktop} usr/share/icons/hicolor/scalable/apps/lockstep.svg ${metainfo})
    if(NOT EXISTS "${WORK_DIR}/root/${f}")
        message(FATAL_ERROR "the package lacks ${f}")
    endif()
endforeach()

# The desktop entry starts the packaged program with the packaged icon, and claims no file types: exports are CSV
# and XLSX files that belong to the spreadsheet program (installer/README.md, "File associations").
file(READ "${WORK_DIR}/root/${desktop}" entry)
if(NOT entry MATCHES "\nExec=lockstep\n" OR NOT entry MATCHES "\nIcon=lockstep\n" OR entry MATCHES "MimeType=")
    message(FATAL_ERROR "the desktop entry is wrong:\n${entry}")
endif()
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} "${WORK_DIR}/root/${desktop}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "desktop-file-validate:\n${out}")
    endif()
endif()
# The metainfo names this release, and has no errors (the one warning tolerated: the id is not reverse-DNS).
file(READ "${WORK_DIR}/root/${metainfo}" appdata)
if(NOT appdata MATCHES "<release version=\"${EXPECTED_VERSION}\"")
    message(FATAL_ERROR "the metainfo has no <release> for ${EXPECTED_VERSION}")
endif()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    execute_process(COMMAND ${APPSTREAMCLI} validate --no-net "${WORK_DIR}/root/${metainfo}"
        OUTPUT_VARIABLE out ERROR_VARIABLE out)
    string(REGEX MATCHALL "[EW]: [^\n]*" findings "${out}")
    foreach(finding ${findings})
        if(NOT finding MATCHES "cid-desktopapp-is-not-rdns")
            message(FATAL_ERROR "appstreamcli validate:\n${out}")
        endif()
    endforeach()
endif()

# Install, upgrade and removal keep the users' data: it lives in each home, and the package has no maintainer
# script (preinst, postinst, prerm, postrm) that could reach it.
execute_process(COMMAND dpkg-deb -e ${debs} "${WORK_DIR}/control" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -e failed")
endif()
foreach(script preinst postinst prerm postrm)
    if(EXISTS "${WORK_DIR}/control/${script}")
        file(READ "${WORK_DIR}/control/${script}" text)
        if(text MATCHES "home|\\.local|\\.config|Lockstep/Lockstep|XDG_")
            message(FATAL_ERROR "the package's ${script} touches user data:\n${text}")
        endif()
    endif()
endforeach()
file(GLOB_RECURSE packaged RELATIVE "${WORK_DIR}/root" "${WORK_DIR}/root/*")
foreach(f ${packaged})
    if(f MATCHES "^(home|root|etc/skel)/")
        message(FATAL_ERROR "the package installs into a home folder: ${f}")
    endif()
endforeach()

# The packaged program runs as a user whose data folders are here (logs go to $XDG_DATA_HOME/Lockstep/Lockstep/logs).
set(ENV{HOME} "${WORK_DIR}/home")
set(ENV{XDG_DATA_HOME} "${WORK_DIR}/home/data")
set(ENV{XDG_CONFIG_HOME} "${WORK_DIR}/home/config")
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{QT_QPA_PLATFORM})
unset(ENV{DBUS_SESSION_BUS_ADDRESS}) # no keychain: the sandbox configuration needs none
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

# The self-test against the sandbox the packaged program serves: every check passes.
set(config "${WORK_DIR}/sandbox-config.json")
execute_process(COMMAND bash ${WITH_SANDBOX} ${exe} ${config} --
        ${exe} --self-test --config ${config} --db "${WORK_DIR}/data/self-test.sqlite"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "packaged lockstep --self-test against the sandbox failed (exit ${rc}):\n${out}\n${err}")
endif()
foreach(line "\\[OK\\] Database: .*self-test.sqlite \\(schema [0-9]+\\)" "\\[OK\\] Configuration: .*sandbox-config.json"
        "\\[(OK|Not needed)\\] Keychain" "\\[OK\\] Connection to the warehouse \\(Deposco\\)" "\\[OK\\] Connection to WooCommerce"
        "\\[OK\\] Connection to commercetools" "\\[OK\\] Connection to the store tills \\(Square\\)" "self-test passed")
    if(NOT out MATCHES "${line}")
        message(FATAL_ERROR "the self-test output lacks '${line}':\n${out}")
    endif()
endforeach()

# An unreachable system: the configuration is sound, but nothing listens on the WMS's port.
file(READ "${config}" json)
string(JSON wmsKey GET "${json}" connectors wms client_secret)
string(JSON json SET "${json}" connectors wms base_url "\"http://127.0.0.1:9/latest\"")
string(JSON json SET "${json}" connectors wms auth_url "\"http://127.0.0.1:9/oauth2/token\"")
file(WRITE "${WORK_DIR}/unreachable.json" "${json}")
execute_process(COMMAND ${exe} --self-test --config "${WORK_DIR}/unreachable.json" --db "${WORK_DIR}/data/self-test.sqlite"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(rc EQUAL 0 OR NOT out MATCHES "\\[Failed\\] Connection to the warehouse \\(Deposco\\): No connection could be made[^\n]*127\\.0\\.0\\.1:9[^\n]* Remedy: ")
    message(FATAL_ERROR "an unreachable WMS was not reported (exit ${rc}):\n${out}\n${err}")
endif()
if(NOT out MATCHES "self-test failed")
    message(FATAL_ERROR "no failure summary:\n${out}")
endif()

# An unwritable database (its folder is a file: not creatable, even by root), with the in-process sandbox.
file(WRITE "${WORK_DIR}/not-a-folder" "")
execute_process(COMMAND ${exe} --self-test --demo --db "${WORK_DIR}/not-a-folder/lockstep.sqlite"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(rc EQUAL 0 OR NOT out MATCHES "\\[Failed\\] Database: The database file cannot be opened or created\\.[^\n]*not-a-folder[^\n]* Remedy: ")
    message(FATAL_ERROR "an unwritable database was not reported (exit ${rc}):\n${out}\n${err}")
endif()
if(NOT out MATCHES "\\[OK\\] Connection to WooCommerce")
    message(FATAL_ERROR "the other checks did not run:\n${out}")
endif()

# Every run logged to the app-data folder, and no secret of the configuration reached the log.
set(log "${WORK_DIR}/home/data/Lockstep/Lockstep/logs/lockstep.log")
if(NOT EXISTS "${log}")
    message(FATAL_ERROR "no log file at ${log}")
endif()
file(READ "${log}" logged)
if(NOT logged MATCHES "info lockstep.app: Lockstep ${EXPECTED_VERSION} started: --self-test")
    message(FATAL_ERROR "the log lacks the self-test's start:\n${logged}")
endif()
string(FIND "${logged}" "${wmsKey}" leaked)
if(NOT leaked EQUAL -1)
    message(FATAL_ERROR "the log holds the WMS client secret")
endif()
message(STATUS "package ok: ${debs}")
