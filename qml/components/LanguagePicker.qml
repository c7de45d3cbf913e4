pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Chorus

// The languages, each named in itself so that anyone can find theirs; switches at once.
Flow {
    id: root

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    Repeater {
        model: Preferences.languages

        delegate: AppButton {
            required property string modelData

            text: Preferences.languageName(modelData)
            checkable: true
            checked: Preferences.language === modelData
            description: qsTr("Change the language", "@info:accessible")
            onClicked: Preferences.language = modelData
        }
    }
}
