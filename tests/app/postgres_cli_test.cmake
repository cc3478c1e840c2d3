# SPDX-License-Identifier: GPL-3.0-or-later
# A team's store on the suite's PostgreSQL server, set up as the README says: installer/postgres-setup.sql makes the
# roles and the database; `lockstep db check` refuses the unmigrated database, `lockstep db migrate` as the owner
# migrates it, `db check` as the console's role then passes (rights, pg_trgm, the audit log append-only); the demo
# trading day (`--headless --demo --once`) runs as the engine's role and fills every queue; the audit log refuses
# that role's DELETE.
# cmake -DLOCKSTEP=<binary> -DSERVER_URL_FILE=<file> -DWORK_DIR=<dir> -P postgres_cli_test.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(READ ${SERVER_URL_FILE} server)
string(STRIP "${server}" server)
string(REGEX REPLACE "^postgresql://[^@]+@([^/]+)/.*$" "\\1" hostport "${server}")
string(RANDOM LENGTH 6 ALPHABET abcdefghijklmnopqrstuvwxyz tag)
set(db cli_${tag})
find_program(PSQL psql REQUIRED)

function(run out_var rc_var)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env XDG_CONFIG_HOME=${WORK_DIR}/config XDG_DATA_HOME=${WORK_DIR}/data
        ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 600)
    set(${out_var} "${out}${err}" PARENT_SCOPE)
    set(${rc_var} "${rc}" PARENT_SCOPE)
endfunction()

run(out rc ${PSQL} ${server} -v owner=${db}_owner -v engine=${db}_engine -v console=${db}_console -v db=${db}
    -f ${SETUP_SQL})
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the setup script failed (exit ${rc}): ${out}")
endif()
set(as_owner postgresql://${db}_owner@${hostport}/${db})
set(as_engine postgresql://${db}_engine@${hostport}/${db})
set(as_console postgresql://${db}_console@${hostport}/${db})

run(out rc ${LOCKSTEP} db check --db ${as_console})
if(NOT rc EQUAL 1 OR NOT out MATCHES "older than this Lockstep")
    message(FATAL_ERROR "db check passed a database without a schema (exit ${rc}): ${out}")
endif()
run(out rc ${LOCKSTEP} db migrate --db ${as_console})
if(rc EQUAL 0)
    message(FATAL_ERROR "the console's role could migrate (it must not make tables): ${out}")
endif()
run(out rc ${LOCKSTEP} db migrate --db ${as_owner})
if(NOT rc EQUAL 0 OR NOT out MATCHES "is at schema [0-9]+")
    message(FATAL_ERROR "db migrate as the owner failed (exit ${rc}): ${out}")
endif()
run(out rc ${LOCKSTEP} db check --db ${as_console})
if(NOT rc EQUAL 0 OR NOT out MATCHES "PostgreSQL [0-9]+.*role ${db}_console, schema [0-9]+")
    message(FATAL_ERROR "db check as the console's role failed (exit ${rc}): ${out}")
endif()

run(out rc ${LOCKSTEP} --headless --demo --once --db ${as_engine})
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the demo day on PostgreSQL failed (exit ${rc}): ${out}")
endif()
run(out rc ${LOCKSTEP} exceptions list --state open --json --limit 1000 --db ${as_console})
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "exceptions list on PostgreSQL failed (exit ${rc}): ${out}")
endif()
foreach(type failed_allocation sku_mismatch stuck_pending cancellation_past_cutoff shipment_confirmation_missing
        facility_routing_failure till_return_not_at_wms store_sale_not_at_wms)
    if(NOT out MATCHES "\"type\": *\"${type}\"")
        message(FATAL_ERROR "the demo day on PostgreSQL left no open ${type}: ${out}")
    endif()
endforeach()

run(out rc ${PSQL} ${as_engine} -c "DELETE FROM audit_log")
if(rc EQUAL 0)
    message(FATAL_ERROR "the engine's role could delete the audit log")
endif()
run(out rc ${PSQL} ${as_owner} -c "UPDATE audit_log SET note = 'changed'")
if(rc EQUAL 0 OR NOT out MATCHES "append-only")
    message(FATAL_ERROR "the owner could change the audit log: ${out}")
endif()
execute_process(COMMAND ${PSQL} ${server} -c "DROP DATABASE ${db} WITH (FORCE)" OUTPUT_QUIET ERROR_QUIET)
