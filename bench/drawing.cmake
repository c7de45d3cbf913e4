# drawing_bench: the cost of one more stroke segment on the real DrawingCanvas when the
# drawing holds 100 points and when it holds 20,000, in the same run, plus PNG encoding.
# Included from bench/CMakeLists.txt when the app's QML module (chorus_ui) is built.
if(TARGET chorus_ui)
  add_executable(drawing_bench ${CMAKE_CURRENT_LIST_DIR}/drawing_bench.cpp)
  target_include_directories(drawing_bench PRIVATE ${PROJECT_SOURCE_DIR})
  target_link_libraries(drawing_bench PRIVATE chorus_ui)
endif()
