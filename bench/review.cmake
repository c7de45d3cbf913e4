# review_bench (issue 8): the team review dashboard's queries through the hub's own code
# against hand-written SQL on the same database, on SQLite and PostgreSQL.
add_executable(review_bench ${PROJECT_SOURCE_DIR}/bench/review_bench.cpp)
target_include_directories(review_bench PRIVATE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/tests)
target_link_libraries(review_bench PRIVATE chorus_hub)
target_compile_definitions(review_bench PRIVATE
  CHORUS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  CHORUS_BIN_DIR="${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
