# Tests that run a real LibreOffice (tests/office, tests/gui): each test_*.py
# is one CTest test, run serially (one soffice at a time), with the packaged
# relance.oxt. A folder registers its set for the system's LibreOffice 7.4 and,
# under labels <label>-25.2, for the LibreOffice 25.2 that ./run unpacks beside
# it (tools/unpack_libreoffice.sh).
find_program(PYTHON_FOR_UNO python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
set(RELANCE_OFFICE_25_PROGRAM "${CMAKE_BINARY_DIR}/lo-25.2/usr/lib/libreoffice/program"
    CACHE PATH "program folder of the LibreOffice 25.2 that the office-25.2 and gui-25.2 tests run")

# relance_office_tests(PREFIX <test name prefix> LABEL <label> SCRIPTS <test_*.py...>
#                      [PROGRAM <LibreOffice program folder>] [ENVIRONMENT <NAME=value>...])
# Without PROGRAM the tests run the system's LibreOffice; with it, that one
# (RELANCE_OFFICE_PROGRAM), and nothing is registered when it is missing.
function(relance_office_tests)
  cmake_parse_arguments(ARG "" "PREFIX;LABEL;PROGRAM" "SCRIPTS;ENVIRONMENT" ${ARGN})
  set(environment "RELANCE_OXT=${CMAKE_BINARY_DIR}/relance.oxt"
                  "PYTHONPATH=${CMAKE_SOURCE_DIR}/tools"
                  ${ARG_ENVIRONMENT})
  if(ARG_PROGRAM)
    if(NOT EXISTS "${ARG_PROGRAM}/soffice")
      message(STATUS "${ARG_LABEL} tests not registered: no ${ARG_PROGRAM}/soffice "
                     "(tools/unpack_libreoffice.sh ${CMAKE_BINARY_DIR}/lo-25.2 makes it; ./run test does)")
      return()
    endif()
    # The test process imports that LibreOffice's own uno module: the system's
    # (7.4) does not know the newer UNO types the office's replies name.
    get_filename_component(python_modules "${ARG_PROGRAM}/../../python3/dist-packages" ABSOLUTE)
    list(TRANSFORM environment REPLACE "^PYTHONPATH=" "PYTHONPATH=${python_modules}:")
    list(APPEND environment "RELANCE_OFFICE_PROGRAM=${ARG_PROGRAM}")
  endif()
  foreach(test_script ${ARG_SCRIPTS})
    get_filename_component(test_name ${test_script} NAME_WE)
    add_test(NAME ${ARG_PREFIX}_${test_name}
             COMMAND ${PYTHON_FOR_UNO} ${test_script} -v
             WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
    set_tests_properties(${ARG_PREFIX}_${test_name} PROPERTIES
      LABELS ${ARG_LABEL} TIMEOUT 600 RUN_SERIAL TRUE ENVIRONMENT "${environment}")
  endforeach()
endfunction()
