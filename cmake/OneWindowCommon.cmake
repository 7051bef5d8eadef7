# Shared compile settings for every target of the project, and the test helper.

add_library(ow_common_cfg INTERFACE)
target_compile_features(ow_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(ow_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)
target_compile_options(ow_common_cfg INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough
    $<$<BOOL:${OW_WARNINGS_AS_ERRORS}>:-Werror>)

if(OW_SANITIZE)
    target_compile_options(ow_common_cfg INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(ow_common_cfg INTERFACE -fsanitize=address,undefined)
endif()

# ow_add_library(NAME SOURCES... [LIBS ...]): one module of the core, a static library.
function(ow_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ow_common_cfg ${ARG_LIBS})
endfunction()

# ow_add_test(NAME SOURCES... LIBS... [GUI] [LABELS ...] [TIMEOUT s])
# One executable per test class; GUI tests run on the offscreen platform.
# Every test gets a private HOME/XDG dirs and the C locale.
function(ow_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ow_common_cfg ow_test_support Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        OW_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        OW_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        OW_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;ASAN_OPTIONS=detect_leaks=0;QT_LOGGING_RULES=*.debug=false")
endfunction()

# ow_write_module_graph(FILE): writes "target: linked targets and Qt modules" for every product target (app/,
# base/, protocol/, ui/, cli/, server/), one line each, sorted. tests/walls compares it with the graph drawn in
# docs/architecture.md and checks every #include against it.
function(ow_collect_targets dir out)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(sub IN LISTS subdirs)
        ow_collect_targets(${sub} more)
        list(APPEND targets ${more})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

function(ow_write_module_graph file)
    set(lines)
    foreach(area base protocol app ui cli server)
        ow_collect_targets(${PROJECT_SOURCE_DIR}/${area} targets)
        foreach(target IN LISTS targets)
            if(NOT target MATCHES "^(ow_|onewindow)" OR target MATCHES "(_cfg|_resources_[0-9]+|_autogen.*|_other_files)$")
                continue()
            endif()
            get_target_property(type ${target} TYPE)
            if(type STREQUAL "INTERFACE_LIBRARY")
                get_target_property(links ${target} INTERFACE_LINK_LIBRARIES)
            else()
                get_target_property(links ${target} LINK_LIBRARIES)
            endif()
            set(kept)
            foreach(link IN LISTS links)
                if(link MATCHES "^(ow_|onewindow|Qt6::|PkgConfig::|spdlog::)" AND NOT link MATCHES "_cfg$")
                    list(APPEND kept ${link})
                endif()
            endforeach()
            list(REMOVE_DUPLICATES kept)
            list(SORT kept)
            list(JOIN kept " " joined)
            list(APPEND lines "${target}: ${joined}")
        endforeach()
    endforeach()
    list(SORT lines)
    list(JOIN lines "\n" text)
    file(WRITE ${file} "${text}\n")
endfunction()
