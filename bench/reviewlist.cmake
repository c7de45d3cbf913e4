# reviewlist_bench (issue 8): the app's memory while the Team review list scrolls 100,000
# records against the same list empty, in one run; the hub is reviewlist_hub in a child
# process (it links the hub, the bench the app: never both in one program). Included from
# bench/CMakeLists.txt when the app is built.
if(TARGET chorus_ui)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Quick Test)
  add_executable(reviewlist_bench ${CMAKE_CURRENT_LIST_DIR}/reviewlist_bench.cpp)
  target_include_directories(reviewlist_bench PRIVATE ${PROJECT_SOURCE_DIR}
    ${PROJECT_SOURCE_DIR}/tests ${PROJECT_SOURCE_DIR}/qml)
  target_link_libraries(reviewlist_bench PRIVATE chorus_ui chorus_uiplugin Qt6::Test)
  add_executable(reviewlist_hub ${CMAKE_CURRENT_LIST_DIR}/reviewlist_hub.cpp)
  target_include_directories(reviewlist_hub PRIVATE ${PROJECT_SOURCE_DIR}
    ${PROJECT_SOURCE_DIR}/tests)
  target_link_libraries(reviewlist_hub PRIVATE chorus_hub)
  add_dependencies(reviewlist_bench reviewlist_hub)
endif()
