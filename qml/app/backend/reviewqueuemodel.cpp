#include "reviewqueuemodel.h"

#include "core/anonymiser/piikind.h"

#include "appcontroller.h"
#include "qml/controls/preferences.h"
#include "sharedescription.h"
#include "uilogging.h"
#include "usererrors.h"

#include "qml/voice/voicenote.h" // the voice seam: the player is in a plugin

#include <QRegularExpression>

using namespace chorus;

namespace {
ReviewQueueModel* s_instance = nullptr;
} // namespace

ReviewQueueModel::ReviewQueueModel(AppController* app, Preferences* preferences, QObject* parent)
    : RowListModel({{ShareIdRole, "shareId"},
                    {ConsultationRole, "consultation"},
                    {PromptRole, "prompt"},
                    {KindRole, "kind"},
                    {OriginalRole, "original"},
                    {AnonymisedRole, "anonymised"},
                    {ContentRole, "content"},
                    {DrawingOfferedRole, "drawingOffered"},
                    {ResponseIdRole, "responseId"}},
                   PromptRole, parent),
      m_app(app), m_preferences(preferences)
{
    connect(m_app, &AppController::storeOpened, this, &ReviewQueueModel::reload);
    connect(m_app, &AppController::storeClosing, this, [this] {
        setEntries({});
        setError({});
    });
    connect(m_preferences, &Preferences::languageChanged, this, &ReviewQueueModel::reload);
}

ReviewQueueModel::~ReviewQueueModel()
{
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

ReviewQueueModel* ReviewQueueModel::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void ReviewQueueModel::setInstance(ReviewQueueModel* instance)
{
    s_instance = instance;
}

QVariant ReviewQueueModel::value(int row, int role) const
{
    const Entry& e = m_entries.at(row);
    switch (role) {
    case ShareIdRole:
        return e.shareId;
    case ConsultationRole:
        return e.consultation;
    case PromptRole:
        return e.prompt;
    case KindRole:
        return e.kind;
    case OriginalRole:
        return e.original;
    // Placeholders in the reader's language ("[enw]", "[الاسم]"); the share keeps "[name]".
    case AnonymisedRole:
        return chorus::localisedPlaceholders(e.anonymised);
    case ContentRole:
        return chorus::localisedPlaceholders(e.content);
    case DrawingOfferedRole:
        return e.drawingOffered;
    case ResponseIdRole:
        return e.responseId;
    default:
        return {};
    }
}

void ReviewQueueModel::reload()
{
    Store* store = m_app->store();
    if (!store) {
        setEntries({});
        return;
    }
    auto consultations = store->consultations().list();
    if (!consultations) {
        setError(UserErrors::describe(consultations.error()));
        return;
    }
    QList<Entry> entries;
    for (const auto& c : consultations.value()) {
        auto queue = store->sharing().reviewQueue(c.id);
        if (!queue) {
            setError(UserErrors::describe(queue.error()));
            return;
        }
        if (queue->isEmpty()) {
            continue;
        }
        auto pack = store->consultations().pack(c.packId, c.packVersion);
        const ShareDescription words(pack ? &pack.value() : nullptr, m_preferences->language());
        for (const auto& item : queue.value()) {
            const ShareRecord& r = item.record;
            entries.append({item.shareId, item.responseId, c.title, words.prompt(r),
                            toString(r.kind), item.original, r.text.value_or(QString()),
                            words.content(r), r.kind == AnswerKind::Drawing && r.drawingsAllowed});
        }
    }
    setEntries(std::move(entries));
}

QStringList ReviewQueueModel::shareIds() const
{
    QStringList out;
    for (const auto& e : m_entries) {
        out << e.shareId;
    }
    return out;
}

QStringList ReviewQueueModel::splitWords(const QString& wordsToHide)
{
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    for (const auto& w : wordsToHide.split(separators)) {
        if (!w.trimmed().isEmpty()) {
            out << w.trimmed();
        }
    }
    return out;
}

const ReviewQueueModel::Entry* ReviewQueueModel::find(const QString& shareId) const
{
    for (const auto& e : m_entries) {
        if (e.shareId == shareId) {
            return &e;
        }
    }
    return nullptr;
}

QString ReviewQueueModel::previewRedaction(const QString& shareId, const QString& wordsToHide,
                                           const QStringList& restored) const
{
    const Entry* e = find(shareId);
    if (!e) {
        return {};
    }
    QString text = e->anonymised;
    if (Store* store = m_app->store(); store && !restored.isEmpty()) {
        if (auto kept = store->sharing().textKeeping(shareId, restored)) {
            text = kept.value();
        }
    }
    // Placeholders in the reader's language; the share keeps "[name]".
    return chorus::localisedPlaceholders(Sharing::hideWords(text, splitWords(wordsToHide)));
}

QVariantList ReviewQueueModel::hiddenWords(const QString& shareId) const
{
    Store* store = m_app->store();
    if (!store || !find(shareId)) {
        return {};
    }
    auto words = store->sharing().hiddenWords(shareId);
    if (!words) {
        return {};
    }
    QVariantList out;
    for (const auto& w : words.value()) {
        out << QVariantMap{{"word", w.word}, {"placeholder", w.placeholder}};
    }
    return out;
}

template <typename Action> bool ReviewQueueModel::act(Action action)
{
    Store* store = m_app->store();
    if (!store) {
        return false;
    }
    const Status done = action(store->sharing());
    if (!done) {
        qCWarning(lcUi) << "review action refused:" << int(done.error().code);
        setError(UserErrors::describe(done.error()));
    } else {
        setError({});
    }
    reload();
    m_app->refresh(); // the count of what waits to go to the hub
    return done.ok();
}

bool ReviewQueueModel::approve(const QString& shareId, const QString& wordsToHide,
                               const QStringList& restored)
{
    const Entry* e = find(shareId);
    if (!e) {
        return false;
    }
    const QStringList words = splitWords(wordsToHide);
    std::optional<QString> redacted;
    if (!words.isEmpty()) {
        redacted = previewRedaction(shareId, wordsToHide, restored);
    }
    return act([&](Sharing& s) { return s.approve(shareId, redacted, false, restored); });
}

bool ReviewQueueModel::approveWithDrawing(const QString& shareId)
{
    return act([&](Sharing& s) { return s.approve(shareId, std::nullopt, true); });
}

int ReviewQueueModel::approveAll()
{
    Store* store = m_app->store();
    if (!store) {
        return 0;
    }
    int approved = 0;
    QString firstProblem;
    for (const QString& id : shareIds()) {
        if (const Status done = store->sharing().approve(id, std::nullopt); done) {
            ++approved;
        } else if (firstProblem.isEmpty()) {
            qCWarning(lcUi) << "review action refused:" << int(done.error().code);
            firstProblem = done.error().message;
        }
    }
    setError(firstProblem);
    reload();
    m_app->refresh();
    return approved;
}

bool ReviewQueueModel::holdBack(const QString& shareId)
{
    return act([&](Sharing& s) { return s.holdBack(shareId); });
}

bool ReviewQueueModel::summarise(const QString& shareId, const QString& summary)
{
    return act([&](Sharing& s) { return s.summariseVoice(shareId, summary); });
}

bool ReviewQueueModel::loadVoiceNote(QObject* player, const QString& shareId)
{
    auto* voicePlayer = qobject_cast<VoiceNoteSink*>(player);
    const Entry* e = find(shareId);
    Store* store = m_app->store();
    if (!voicePlayer || !e || !store) {
        return false;
    }
    auto answer = store->responses().get(e->responseId);
    if (!answer || answer->kind != AnswerKind::Audio) {
        return false;
    }
    const bool loaded = voicePlayer->loadNote(answer->media);
    wipe(answer->media); // the player keeps its decoded copy; drop this one
    return loaded;
}

QVariantMap ReviewQueueModel::outboxCounts() const
{
    Store* store = m_app->store();
    auto counts = store ? store->outbox().counts() : Result<Outbox::Counts>(Outbox::Counts{});
    if (!counts) {
        return {};
    }
    return {{"review", counts->review}, {"queued", counts->queued}, {"failed", counts->failed}};
}

void ReviewQueueModel::setError(const QString& message)
{
    if (message != m_error) {
        m_error = message;
        emit errorMessageChanged();
    }
}
