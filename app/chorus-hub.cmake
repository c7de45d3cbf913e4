# chorus-hub: the sync hub (issue 7). Included from app/CMakeLists.txt when sync/ is built.
# It links chorus_hub only: never chorus_core or SQLCipher (design.md, two SQLite builds).
add_executable(chorus-hub ${PROJECT_SOURCE_DIR}/app/chorus-hub/main.cpp)
target_include_directories(chorus-hub PRIVATE ${PROJECT_SOURCE_DIR})
target_link_libraries(chorus-hub PRIVATE chorus_hub)
target_compile_definitions(chorus-hub PRIVATE CHORUS_VERSION="${PROJECT_VERSION}")
install(TARGETS chorus-hub RUNTIME DESTINATION ${CHORUS_INSTALL_BINDIR} COMPONENT hub)
