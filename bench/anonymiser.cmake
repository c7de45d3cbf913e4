# The anonymiser benchmark (issue 6): anonymises about 50 MB of generated statements and, in
# the same run, only tokenises them; prints MB/s for both and the ratio, and exits non-zero when
# the ratio exceeds 10. Included from bench/CMakeLists.txt; run as `anonymiser_bench [--mb N]`.
add_executable(anonymiser_bench ${CMAKE_CURRENT_LIST_DIR}/anonymiser_bench.cpp)
target_link_libraries(anonymiser_bench PRIVATE chorus_core)
