# startup_bench: chorus's first frame of the unlock screen and its RSS then (and, shown apart,
# the first-run page's first frame), against a minimal Qt Quick window (startup_baseline) in the
# same run. Included from bench/CMakeLists.txt when the app is built. To compare builds of
# chorus with less noise, bench/startup_cpu.py reads CPU time at the probe line instead.
if(TARGET chorus)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Quick Test)
  add_executable(startup_baseline ${CMAKE_CURRENT_LIST_DIR}/startup_bench.cpp)
  target_compile_definitions(startup_baseline PRIVATE CHORUS_STARTUP_BASELINE)
  target_include_directories(startup_baseline PRIVATE ${PROJECT_SOURCE_DIR})
  target_link_libraries(startup_baseline PRIVATE Qt6::Quick)

  add_executable(startup_bench ${CMAKE_CURRENT_LIST_DIR}/startup_bench.cpp)
  target_include_directories(startup_bench PRIVATE ${PROJECT_SOURCE_DIR})
  target_link_libraries(startup_bench PRIVATE chorus_ui Qt6::Test)
  target_compile_definitions(startup_bench PRIVATE
    CHORUS_EXE="$<TARGET_FILE:chorus>"
    CHORUS_STARTUP_BASELINE_EXE="$<TARGET_FILE:startup_baseline>")
  add_dependencies(startup_bench chorus startup_baseline)
endif()
