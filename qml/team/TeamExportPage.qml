pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import Chorus.Controls
import Chorus.Team

// Exports of the consultation: the anonymised records and the counts as CSV (small numbers
// as the hub suppressed them), and the PDF report in English or Welsh, each saved to a file
// the person picks. A file is written whole or not at all.
QQC2.Page {
    id: root

    property string consultation: Team.currentConsultation
    readonly property ExportController controller: exporter
    // Where to save without asking (tests, and a path typed elsewhere); empty: ask.
    property string targetPath: ""
    // What the file dialog is choosing a file for: "records", "counts", "pdf-en", "pdf-cy".
    property string pending: ""

    function run(what: string, path: string): void {
        if (what === "pdf-en" || what === "pdf-cy")
            exporter.exportPdf(what.substring(4), path)
        else
            exporter.exportCsv(what, path)
    }

    function start(what: string): void {
        exporter.clearError()
        if (what.startsWith("pdf") && !exporter.pdfAvailable) {
            exporter.exportPdf(what.substring(4), "")
            return
        }
        if (root.targetPath.length > 0) {
            root.run(what, root.targetPath)
            return
        }
        root.pending = what
        dialog.nameFilters = what.startsWith("pdf") ? [qsTr("PDF files (*.pdf)", "@item:inlistbox file type")]
                                                    : [qsTr("CSV files (*.csv)", "@item:inlistbox file type")]
        dialog.open()
    }

    title: qsTr("Export", "@title:page")
    background: Rectangle {
        color: Theme.background
    }

    ExportController {
        id: exporter

        team: Team
        consultation: root.consultation
    }
    TeamWords {
        id: words
    }
    FileDialog {
        id: dialog

        title: qsTr("Save the export as", "@title:window")
        fileMode: FileDialog.SaveFile
        onAccepted: root.run(root.pending, String(dialog.selectedFile))
    }

    PageColumn {
        anchors.fill: parent

        PageHeading {
            text: qsTr("Export", "@title:page")
        }
        BodyText {
            text: qsTr("Exports hold anonymised records and counts only. Small numbers stay hidden exactly as the hub hides them. Keep exported files somewhere safe.", "@info")
        }
        WorkingIndicator {
            running: exporter.busy
        }
        MessageBanner {
            message: words.error(exporter.errorCode, exporter.errorField)
        }
        MessageBanner {
            isError: false
            message: exporter.errorCode.length > 0 || exporter.savedWhat.length === 0 ? ""
                : exporter.savedWhat === "pdf" ? qsTr("Report saved to %1.", "@info:status").arg(exporter.savedPath)
                : qsTr("Saved %1 rows to %2.", "@info:status").arg(exporter.savedRows).arg(exporter.savedPath)
        }

        PageHeading {
            large: false
            text: qsTr("Spreadsheet (CSV)", "@title:group")
        }
        AppButton {
            text: qsTr("Export records (CSV)", "@action:button")
            description: qsTr("Every anonymised record of this consultation, with its themes.", "@info:accessible")
            enabled: !exporter.busy
            onClicked: root.start("records")
        }
        AppButton {
            text: qsTr("Export counts (CSV)", "@action:button")
            description: qsTr("Counts by role, age band and week.", "@info:accessible")
            enabled: !exporter.busy
            onClicked: root.start("counts")
        }

        PageHeading {
            large: false
            text: qsTr("Report (PDF)", "@title:group")
        }
        BodyText {
            visible: !exporter.pdfAvailable
            color: Theme.mutedText
            text: qsTr("PDF reports are not available in this build.", "@info:status")
        }
        AppButton {
            text: qsTr("PDF report (English)", "@action:button")
            enabled: !exporter.busy
            onClicked: root.start("pdf-en")
        }
        AppButton {
            text: qsTr("PDF report (Welsh)", "@action:button")
            enabled: !exporter.busy
            onClicked: root.start("pdf-cy")
        }
    }
}
