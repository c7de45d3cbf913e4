# The theme coding, "you said, we did", framework and export pages of the Team screens
# (issue 8), added to the Chorus.Team module that CMakeLists.txt in this folder defines.
# Their C++ types are listed in its qt_add_library: types added after qt_add_qml_module
# are not registered in Qt 6.4.
qt_target_qml_sources(chorus_team QML_FILES
  TeamWords.qml
  WorkingIndicator.qml
  FeedbackPickRow.qml
  ActionTextArea.qml
  BreakdownView.qml
  FrameworkParameterCard.qml
  TeamThemesPage.qml
  TeamActionsPage.qml
  TeamFrameworkPage.qml
  ParticipationCard.qml
  TeamParticipationPage.qml
  TeamExportPage.qml
  TeamDevicesPage.qml)

# The PDF report comes from chorus_report (qml/team/report) where this build has it.
if(TARGET chorus_report)
  target_link_libraries(chorus_team PRIVATE chorus_report)
  target_compile_definitions(chorus_team PRIVATE CHORUS_HAVE_REPORT)
endif()

# Exports are written whole or not at all (core/common/atomicfile.h).
target_link_libraries(chorus_team PRIVATE chorus_core)
