# voice_bench: Ogg Opus voice notes against 16-bit PCM WAV, measured in the same run (issue 5).
# Included from bench/CMakeLists.txt when the app (and so chorus_voice) is built.
if(TARGET chorus_voice)
  add_executable(voice_bench ${CMAKE_CURRENT_LIST_DIR}/voice_bench.cpp)
  target_include_directories(voice_bench PRIVATE ${PROJECT_SOURCE_DIR})
  target_link_libraries(voice_bench PRIVATE chorus_voice chorus_core)
endif()
