# chorus: the Qt Quick app. Included from app/CMakeLists.txt when CHORUS_BUILD_APP is ON.
# It links chorus_ui (and through it chorus_core with the static SQLCipher), never Qt Sql.
add_executable(chorus ${CMAKE_CURRENT_LIST_DIR}/chorus/main.cpp)
# Not Chorus.Voice nor the network plugin: they load when first needed (qml/CMakeLists.txt).
target_link_libraries(chorus PRIVATE chorus_ui chorus_uiplugin)
target_compile_definitions(chorus PRIVATE CHORUS_VERSION="${PROJECT_VERSION}"
                           CHORUS_APP_ID="${CHORUS_APP_ID}")
install(TARGETS chorus RUNTIME DESTINATION ${CHORUS_INSTALL_BINDIR} COMPONENT app)
