import QtQuick
import Chorus
import Chorus.Controls

// REL-2 in the young person's words: some of their answers are not saved yet because their
// device is full. They are kept safe (sealed, also while Chorus is locked) and saved once
// there is space; until then "Send my answers" waits, so that none is left behind.
MessageBanner {
    objectName: "ownAnswersWaiting"
    isError: false
    message: App.answersWaiting > 0
             ? qsTr("%n of your answers are waiting to be saved because this device is full. They are kept safe and locked. When there is space, Chorus saves them and you can send them.", "@info:status own-time", App.answersWaiting)
             : ""
}
