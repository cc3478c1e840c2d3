# SPDX-License-Identifier: GPL-3.0-or-later
# The export command run as a scheduled task would: a headless demo cycle fills a fresh database, then every
# report is written as CSV and XLSX with exit 0, a manifest beside it and the report's header; a bad command
# line exits 2 before anything is written, and a failure (no database, a folder that cannot be made) exits 1
# and leaves no file.
# cmake -DLOCKSTEP=<binary> -DWORK_DIR=<dir> -P export_cli_test.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(db ${WORK_DIR}/cli.sqlite)

function(run_lockstep out_var rc_var)
    execute_process(COMMAND ${LOCKSTEP} ${ARGN}
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 200)
    set(${out_var} "${out}" PARENT_SCOPE)
    set(${rc_var} "${rc}" PARENT_SCOPE)
    set(last_err "${err}" PARENT_SCOPE)
endfunction()

run_lockstep(out rc --headless --demo --once --db ${db})
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the demo cycle failed (${rc}): ${out} ${last_err}")
endif()

# The demo's orders are from the last hours: yesterday and today (UTC) hold them.
set(headers_discrepancies "kind,at,storefront,order,")
set(headers_reconciliation "day,currency,sales_count,sales_value,shipped_count,")
set(headers_exceptions "id,type,state,severity,owner_team,")
set(headers_audit "id,at,actor,action,subject_type,")
foreach(report discrepancies reconciliation exceptions audit)
    foreach(format csv xlsx)
        set(file ${WORK_DIR}/${report}.${format})
        run_lockstep(out rc export ${report} --from yesterday --to today --format ${format} --out ${file} --db ${db})
        if(NOT rc EQUAL 0 OR NOT EXISTS ${file} OR NOT EXISTS ${file}.manifest.json)
            message(FATAL_ERROR "export ${report} ${format}: exit ${rc}, ${out} ${last_err}")
        endif()
        if(NOT out MATCHES "rows of ${report} written to")
            message(FATAL_ERROR "export ${report} ${format} says: ${out}")
        endif()
        file(READ ${file}.manifest.json manifest)
        string(JSON rows GET "${manifest}" rows)
        string(JSON named GET "${manifest}" report)
        if(NOT named STREQUAL report)
            message(FATAL_ERROR "the manifest of ${file} names ${named}")
        endif()
        if(format STREQUAL "csv")
            file(READ ${file} head LIMIT 200)
            string(FIND "${head}" "${headers_${report}}" at)
            if(NOT at EQUAL 3) # after the byte-order mark
                message(FATAL_ERROR "${file} does not start with its header: ${head}")
            endif()
        endif()
        message(STATUS "${report}.${format}: ${rows} rows")
    endforeach()
    if(report STREQUAL "reconciliation" AND rows LESS 1)
        message(FATAL_ERROR "the demo's orders are not in the reconciliation")
    endif()
    if(report STREQUAL "exceptions" AND rows LESS 1)
        message(FATAL_ERROR "the demo's exceptions are not in the export")
    endif()
endforeach()

# A choice of columns, in that order.
run_lockstep(out rc export reconciliation --from yesterday --to today --out ${WORK_DIR}/few.csv
    --columns day,sales_value,currency --db ${db})
# (CMake drops carriage returns from text it reads, so the line end is checked in hex: "y" CR LF.)
file(READ ${WORK_DIR}/few.csv head LIMIT 40)
file(READ ${WORK_DIR}/few.csv head_hex LIMIT 40 HEX)
string(FIND "${head}" "day,sales_value,currency" at)
string(FIND "${head_hex}" "efbbbf6461792c73616c65735f76616c75652c63757272656e63790d0a" crlf)
if(NOT rc EQUAL 0 OR NOT at EQUAL 3 OR NOT crlf EQUAL 0)
    message(FATAL_ERROR "--columns: exit ${rc}, ${head} ${last_err}")
endif()

# The orders behind the reconciliation's cells.
run_lockstep(out rc export reconciliation --from yesterday --to today --orders-in sales --out ${WORK_DIR}/orders.csv
    --db ${db})
file(READ ${WORK_DIR}/orders.csv head LIMIT 60)
string(FIND "${head}" "day,currency,bucket,storefront,order," at)
if(NOT rc EQUAL 0 OR NOT at EQUAL 3)
    message(FATAL_ERROR "--orders-in: exit ${rc}, ${head} ${last_err}")
endif()

# Usage mistakes: exit 2, a message naming the problem, no file.
set(bad ${WORK_DIR}/bad.csv)
foreach(case
        "export;nonsense;--from;2026-11-01;--to;2026-11-30;--out;${bad}|unknown report"
        "export;audit;--to;2026-11-30;--out;${bad}|--from DATE and --to DATE"
        "export;audit;--from;2026-11-31;--to;2026-11-30;--out;${bad}|is not a date"
        "export;audit;--from;2026-12-01;--to;2026-11-30;--out;${bad}|is after"
        "export;audit;--from;2026-11-01;--to;2026-11-30|--out FILE"
        "export;audit;--from;2026-11-01;--to;2026-11-30;--format;pdf;--out;${bad}|must be csv or xlsx"
        "export;discrepancies;--from;2026-11-01;--to;2026-11-30;--kind;lost_parcel;--out;${bad}|unknown discrepancy kind"
        "export;audit;--from;2026-11-01;--to;2026-11-30;--columns;actor,password;--out;${bad}|has no column"
        "export;reconciliation;--from;2026-11-01;--to;2026-11-30;--orders-in;lost;--out;${bad}|--orders-in must be"
        "export;audit;--from;2026-11-01;--to;2026-11-30;--orders-in;sales;--out;${bad}|is for the reconciliation"
        "export;audit;--from;2026-11-01;--to;2026-11-30;--no-such-option;--out;${bad}|Unknown option")
    string(REPLACE "|" ";" parts "${case}")
    list(GET parts -1 expected)
    list(REMOVE_AT parts -1)
    run_lockstep(out rc ${parts} --db ${db})
    if(NOT rc EQUAL 2 OR NOT last_err MATCHES "${expected}" OR EXISTS ${bad})
        message(FATAL_ERROR "${parts}: exit ${rc} (want 2), stderr: ${last_err}")
    endif()
endforeach()

# Failures: exit 1, no file.
run_lockstep(out rc export audit --from 2026-11-01 --to 2026-11-30 --out ${bad} --db ${WORK_DIR}/missing.sqlite)
if(NOT rc EQUAL 1 OR NOT last_err MATCHES "no database" OR EXISTS ${bad})
    message(FATAL_ERROR "a missing database: exit ${rc} (want 1), stderr: ${last_err}")
endif()
file(WRITE ${WORK_DIR}/a-file "not a folder")
run_lockstep(out rc export audit --from yesterday --to today --out ${WORK_DIR}/a-file/audit.csv --db ${db})
if(NOT rc EQUAL 1 OR NOT last_err MATCHES "no file was written")
    message(FATAL_ERROR "an impossible output path: exit ${rc} (want 1), stderr: ${last_err}")
endif()
