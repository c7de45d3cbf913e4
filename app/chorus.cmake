# chorus: the Qt Quick app. Included from app/CMakeLists.txt when CHORUS_BUILD_APP is ON.
# It links chorus_ui (and through it chorus_core with the static SQLCipher), never Qt Sql.
add_executable(chorus ${CMAKE_CURRENT_LIST_DIR}/chorus/main.cpp)
target_link_libraries(chorus PRIVATE chorus_ui chorus_uiplugin chorus_voice chorus_voiceplugin)
target_compile_definitions(chorus PRIVATE CHORUS_VERSION="${PROJECT_VERSION}")
