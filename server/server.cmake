# onewindow-server: the library of its parts (linked by the server tests too) and the executable.
file(GLOB OW_SERVER_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
list(REMOVE_ITEM OW_SERVER_SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/main.cpp)

ow_add_library(ow_server_core
    SOURCES ${OW_SERVER_SOURCES}
    LIBS ow_catalog ow_protocol ow_store ow_common Qt6::Core Qt6::Network Qt6::Sql Qt6::Concurrent Qt6::HttpServer
         PkgConfig::SODIUM)
target_compile_definitions(ow_server_core PRIVATE ONEWINDOW_VERSION="${PROJECT_VERSION}")

file(GLOB OW_SERVER_MIGRATIONS CONFIGURE_DEPENDS RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} migrations/*.sql)
qt_add_resources(ow_server_core "server_migrations"
    PREFIX "/migrations/server"
    BASE migrations
    FILES ${OW_SERVER_MIGRATIONS})
qt_add_resources(ow_server_core "server_demo"
    PREFIX "/server"
    FILES demo/demo.json)

qt_add_executable(onewindow-server main.cpp)
target_link_libraries(onewindow-server PRIVATE ow_common_cfg ow_server_core)
target_compile_definitions(onewindow-server PRIVATE ONEWINDOW_VERSION="${PROJECT_VERSION}")
