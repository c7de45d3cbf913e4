# hub_bench (issue 7): HTTP ingest through nginx+TLS against direct inserts into the same
# database, on SQLite and PostgreSQL. Include from bench/CMakeLists.txt when sync/ is built.
add_executable(hub_bench ${PROJECT_SOURCE_DIR}/bench/hub_bench.cpp)
target_include_directories(hub_bench PRIVATE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/tests)
target_link_libraries(hub_bench PRIVATE chorus_hub)
target_compile_definitions(hub_bench PRIVATE
  CHORUS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  CHORUS_BIN_DIR="${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
if(TARGET chorus-hub)
  add_dependencies(hub_bench chorus-hub)
endif()
