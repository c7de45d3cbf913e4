import QtQuick
import Chorus.Controls

// A ChoiceTile of which several may be picked: a check box for a screen reader. The page
// binds `checked` to whether it is picked and picks or unpicks it in onClicked.
ChoiceTile {
    Accessible.role: Accessible.CheckBox
}
