# The LibreOffice SDK as Debian installs it (libreoffice-dev): headers, the
# URE libraries, the IDL compiler chain (unoidl-write, cppumaker) and the
# office's own type libraries.
set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program directory")
set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK directory")
set(LO_INCLUDE_DIR "/usr/include/libreoffice" CACHE PATH "LibreOffice SDK headers")

find_program(UNOIDL_WRITE unoidl-write PATHS ${LO_SDK_DIR}/bin REQUIRED NO_DEFAULT_PATH)
find_program(CPPUMAKER cppumaker PATHS ${LO_SDK_DIR}/bin REQUIRED NO_DEFAULT_PATH)
set(LO_TYPES_RDB ${LO_PROGRAM_DIR}/types.rdb)
set(LO_OFFAPI_RDB ${LO_PROGRAM_DIR}/types/offapi.rdb)
foreach(rdb ${LO_TYPES_RDB} ${LO_OFFAPI_RDB})
  if(NOT EXISTS ${rdb})
    message(FATAL_ERROR "LibreOffice type library ${rdb} not found: install libreoffice-dev")
  endif()
endforeach()

# The URE libraries every UNO component links against.
add_library(LibreOffice::sdk INTERFACE IMPORTED)
target_include_directories(LibreOffice::sdk SYSTEM INTERFACE ${LO_INCLUDE_DIR})
target_compile_definitions(LibreOffice::sdk INTERFACE LINUX UNX CPPU_ENV=gcc3 )
target_link_directories(LibreOffice::sdk INTERFACE ${LO_SDK_DIR}/lib ${LO_PROGRAM_DIR})
target_link_libraries(LibreOffice::sdk INTERFACE uno_cppuhelpergcc3 uno_cppu uno_sal uno_salhelpergcc3)

# Debian's SDK ships the IDL but not the C++ headers of the office's types:
# generate them once from the type libraries (about a second).
set(LO_GENERATED_INCLUDE_DIR ${CMAKE_BINARY_DIR}/sdk-include)
if(NOT EXISTS ${LO_GENERATED_INCLUDE_DIR}/com/sun/star/sheet/XAddIn.hpp)
  execute_process(
    COMMAND ${CPPUMAKER} -O${LO_GENERATED_INCLUDE_DIR} -Gc ${LO_TYPES_RDB} ${LO_OFFAPI_RDB}
    RESULT_VARIABLE cppumaker_result)
  if(NOT cppumaker_result EQUAL 0)
    message(FATAL_ERROR "cppumaker could not generate the office's C++ headers")
  endif()
endif()
target_include_directories(LibreOffice::sdk SYSTEM INTERFACE ${LO_GENERATED_INCLUDE_DIR})
