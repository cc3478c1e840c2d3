# SPDX-License-Identifier: GPL-3.0-or-later
# The store commands run as a user would: a headless demo cycle fills a fresh database, then
# `exceptions list --json` must parse and hold the exceptions the engine raised (every primary queue non-empty, and
# the shipment confirmation and routing queues too), `ack` must refuse a missing
# note and take one, and `lookup ORDER --json` must show the order's lifecycle in time order.
# cmake -DLOCKSTEP=<binary> -DWORK_DIR=<dir> -P exceptions_cli_test.cmake
cmake_policy(SET CMP0057 NEW) # if(... IN_LIST ...)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(db ${WORK_DIR}/cli.sqlite)

function(run_lockstep out_var rc_var)
    execute_process(COMMAND ${LOCKSTEP} ${ARGN} --db ${db}
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 200)
    set(${out_var} "${out}" PARENT_SCOPE)
    set(${rc_var} "${rc}" PARENT_SCOPE)
    set(last_err "${err}" PARENT_SCOPE)
endfunction()

run_lockstep(out rc --headless --demo --once)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the demo cycle failed (${rc}): ${out} ${last_err}")
endif()

# list --json: valid JSON, the engine's exceptions with their fields.
# Open ones only: a cycle may already have resolved some (a refused send whose order was then cancelled).
run_lockstep(out rc exceptions list --state open --json)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "exceptions list --json exited ${rc}: ${last_err}")
endif()
string(JSON count ERROR_VARIABLE json_error LENGTH "${out}")
if(json_error OR count LESS 1)
    message(FATAL_ERROR "exceptions list --json is not a non-empty JSON array (${json_error}): ${out}")
endif()
set(types "")
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON type GET "${out}" ${i} type)
    string(JSON state GET "${out}" ${i} state)
    string(JSON reason GET "${out}" ${i} reason)
    if(reason STREQUAL "" OR NOT state STREQUAL "open")
        message(FATAL_ERROR "exception ${i} has no reason or is not open: ${type} ${state}")
    endif()
    list(APPEND types ${type})
endforeach()
list(REMOVE_DUPLICATES types)
message(STATUS "${count} exceptions of types ${types}")
# One demo pass fills every primary queue (the README's promise): the demo day opens with one order per failure.
# Among them a shipped order whose storefront refuses to be told so, a phone order from a channel routed by hand, and
# the sales and returns of the store whose facility the warehouse has not set up.
foreach(queue failed_allocation sku_mismatch stuck_pending cancellation_past_cutoff shipment_confirmation_missing
        facility_routing_failure till_return_not_at_wms store_sale_not_at_wms)
    if(NOT queue IN_LIST types)
        message(FATAL_ERROR "one headless demo pass left the ${queue} queue empty (types: ${types})")
    endif()
endforeach()
# The first exception about an order (some are about a SKU or a refused send with no order number).
foreach(i RANGE ${last})
    string(JSON first_order GET "${out}" ${i} order)
    if(NOT first_order STREQUAL "")
        string(JSON first_id GET "${out}" ${i} id)
        break()
    endif()
endforeach()
if(first_order STREQUAL "")
    message(FATAL_ERROR "no exception names its order: ${out}")
endif()

# The same filtered by type holds only that type.
list(GET types 0 one_type)
run_lockstep(filtered rc exceptions list --json --type ${one_type})
string(JSON filtered_count LENGTH "${filtered}")
string(JSON filtered_type GET "${filtered}" 0 type)
if(NOT filtered_type STREQUAL one_type OR filtered_count GREATER count)
    message(FATAL_ERROR "--type ${one_type} listed ${filtered_type}")
endif()

# ack without --note: refused before anything changes, exit 2, a clear message.
run_lockstep(out rc exceptions ack ${first_id})
if(NOT rc EQUAL 2 OR NOT last_err MATCHES "needs --note")
    message(FATAL_ERROR "ack without --note: exit ${rc}, stderr: ${last_err}")
endif()
# ack with a note: done, out of the open queue, in the acknowledged one.
run_lockstep(out rc exceptions ack ${first_id} --note "Handled by phone" --kind handled_with_customer)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ack with a note: exit ${rc}, ${out} ${last_err}")
endif()
run_lockstep(out rc exceptions list --json --state acknowledged)
string(JSON acked_count LENGTH "${out}")
string(JSON acked_id GET "${out}" 0 id)
if(NOT acked_count EQUAL 1 OR NOT acked_id EQUAL first_id)
    message(FATAL_ERROR "the acknowledged exception ${first_id} is not listed as acknowledged: ${out}")
endif()
# A second ack is refused: exit 1.
run_lockstep(out rc exceptions ack ${first_id} --note "again")
if(NOT rc EQUAL 1)
    message(FATAL_ERROR "a second ack exited ${rc}, expected 1")
endif()

# lookup ORDER --json: the order, its lifecycle in time order, its exceptions.
run_lockstep(out rc lookup ${first_order} --json)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lookup ${first_order} exited ${rc}: ${last_err}")
endif()
string(JSON events LENGTH "${out}" orders 0 lifecycle)
string(JSON first_kind GET "${out}" orders 0 lifecycle 0 kind)
# (an order still waiting for its payment has nothing after it yet)
if(events LESS 1 OR NOT first_kind STREQUAL "storefront.placed")
    message(FATAL_ERROR "lookup: expected the lifecycle to start with storefront.placed: ${out}")
endif()
set(previous "")
math(EXPR last "${events} - 1")
foreach(i RANGE ${last})
    string(JSON at GET "${out}" orders 0 lifecycle ${i} at)
    if(previous STRGREATER at)
        message(FATAL_ERROR "lookup: lifecycle out of order: ${previous} before ${at}")
    endif()
    set(previous ${at})
endforeach()
string(JSON exceptions LENGTH "${out}" orders 0 exceptions)
if(exceptions LESS 1)
    message(FATAL_ERROR "lookup: the order's exception is missing: ${out}")
endif()
run_lockstep(out rc lookup NO-SUCH-ORDER-42)
if(NOT rc EQUAL 1)
    message(FATAL_ERROR "lookup of an unknown order exited ${rc}, expected 1")
endif()
