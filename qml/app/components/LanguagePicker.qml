pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus.Controls

// The languages, each named in itself so that anyone can find theirs; switches at once.
// A labelled group of radio buttons: only one language is chosen.
Flow {
    id: root

    Layout.fillWidth: true
    spacing: Theme.spacingSmall
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Language", "@label")

    Repeater {
        model: Preferences.languages

        delegate: ChoiceTile {
            required property string modelData

            text: Preferences.languageName(modelData)
            checked: Preferences.language === modelData
            description: qsTr("Change the language", "@info:accessible")
            onClicked: Preferences.language = modelData
        }
    }
}
