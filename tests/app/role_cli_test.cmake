# SPDX-License-Identifier: GPL-3.0-or-later
# The role saved for the console (Settings, `ui/role`) holds on the command line too: as finance, `exceptions retry`
# is refused with the role named and exit code 3 before the database is touched, while `exceptions ack` (which finance
# does) goes on to the store; as a supervisor, retry goes on to the store.
# cmake -DLOCKSTEP=<binary> -DWORK_DIR=<dir> -P role_cli_test.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(db ${WORK_DIR}/role.sqlite)

# Runs lockstep with its settings in <WORK_DIR>/<role>, where ui/role is <role>.
function(run_as role out_var rc_var)
    file(WRITE ${WORK_DIR}/${role}/Lockstep/Lockstep.conf "[ui]\nrole=${role}\n")
    execute_process(COMMAND ${CMAKE_COMMAND} -E env XDG_CONFIG_HOME=${WORK_DIR}/${role} ${LOCKSTEP} ${ARGN} --db ${db}
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 60)
    set(${out_var} "${out}${err}" PARENT_SCOPE)
    set(${rc_var} "${rc}" PARENT_SCOPE)
endfunction()

run_as(finance out rc exceptions retry 1)
if(NOT rc EQUAL 3 OR NOT out MATCHES "exceptions retry is not part of the work of the role \"Finance\"")
    message(FATAL_ERROR "finance's retry was not refused for the role (exit ${rc}): ${out}")
endif()
if(EXISTS ${db})
    message(FATAL_ERROR "finance's refused retry opened the database")
endif()

# Past the role: exception 1 does not exist in the fresh store, so the store refuses it (exit 1).
run_as(finance out rc exceptions ack 1 --note "Checked with the warehouse")
if(NOT rc EQUAL 1 OR out MATCHES "role")
    message(FATAL_ERROR "finance's acknowledge did not reach the store (exit ${rc}): ${out}")
endif()
run_as(supervisor out rc exceptions retry 1)
if(NOT rc EQUAL 1 OR out MATCHES "role")
    message(FATAL_ERROR "a supervisor's retry did not reach the store (exit ${rc}): ${out}")
endif()
