// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings_page.h"

#include "common/display_format.h"
#include "common/file_dialogs.h"
#include "common/key_value_table.h"
#include "config/secrets.h"
#include "connection_settings.h"
#include "rules/exception_catalog.h"
#include "secret_field.h"
#include "self_test_panel.h"
#include "settings_form.h"
#include "shell/language.h"
#include "shell/navigation.h"
#include "shell/role.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace lockstep::ui {

using core::engine::SecretRef;

namespace {
/// A section's content in a scroll area, so long forms stay usable on small screens.
QWidget* scrolled(QWidget* content, const QString& name)
{
    auto* area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    area->setAccessibleName(name);
    return area;
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

/// A section of the configuration: a form under a sentence that says what it is for.
QFormLayout* section(QWidget* page, const QString& intro)
{
    auto* layout = new QFormLayout(page);
    layout->addRow(note(intro, page));
    return layout;
}
} // namespace

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("SettingsPage"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openButton = new QPushButton(this);
    auto* header = new QHBoxLayout;
    header->addWidget(m_sourceLabel, 1);
    header->addWidget(m_openButton, 0, Qt::AlignTop);
    m_tabs = new QTabWidget(this);
    m_issues = new QLabel(this);
    m_issues->setWordWrap(true);
    m_issues->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues->setObjectName(QStringLiteral("settingsIssues"));
    m_issues->hide();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Discard, this);
    layout->addWidget(m_title);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_issues);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_openButton, &QPushButton::clicked, this, &SettingsPage::openOther);
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_buttons->button(QDialogButtonBox::Discard), &QPushButton::clicked, this, &SettingsPage::discard);
    retranslate();
    setModified(false);
}

SettingsPage::~SettingsPage()
{
    if (m_keychainThread) {
        // A keychain call under way ends first (the store's own timeout bounds it); its answer goes with the page.
        m_keychainThread->quit();
        m_keychainThread->wait();
    }
}

void SettingsPage::setCredentialStore(core::engine::CredentialStore* store)
{
    m_store = store;
    ++m_generation;
    m_storedEntries.clear();
    m_checking.clear();
    setSaving(false);
    refreshSecretStatus();
}

KeychainWorker* SettingsPage::worker()
{
    if (!m_worker) {
        m_keychainThread = new QThread(this);
        m_keychainThread->setObjectName(QStringLiteral("settings-keychain"));
        m_worker = new KeychainWorker;
        m_worker->moveToThread(m_keychainThread);
        connect(m_keychainThread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &KeychainWorker::entryChecked, this, &SettingsPage::takeEntryState);
        connect(m_worker, &KeychainWorker::storing, this, &SettingsPage::takeStoring);
        connect(m_worker, &KeychainWorker::writesFinished, this, &SettingsPage::takeWritesFinished);
        connect(m_worker, &KeychainWorker::writeFailed, this, &SettingsPage::takeWriteFailed);
        m_keychainThread->start();
    }
    return m_worker;
}

bool SettingsPage::openFile(const QString& path)
{
    auto doc = ConfigDocument::fromFile(path);
    if (!doc.ok()) {
        // Nothing is opened over an unreadable file, so a Save can never overwrite what a person must fix by hand.
        showMessage(tr("The configuration %1 cannot be edited here: %2")
                        .arg(QDir::toNativeSeparators(path), doc.error().message));
        return false;
    }
    load(Source::File, path, std::move(doc).value());
    return true;
}

void SettingsPage::showDemo(const QByteArray& configJson)
{
    auto doc = ConfigDocument::fromJson(configJson);
    load(Source::Demo, {}, doc.ok() ? std::move(doc).value() : ConfigDocument());
}

void SettingsPage::load(Source source, const QString& path, ConfigDocument doc)
{
    m_source = source;
    m_path = path;
    m_doc = std::move(doc);
    m_pendingSecrets.clear();
    ++m_generation; // a check or save still under way was about the configuration shown before
    m_storedEntries.clear();
    m_checking.clear();
    setSaving(false);
    m_issueLines.clear();
    m_issues->hide();
    m_message->clear();
    setModified(false);
    retranslate();
}

void SettingsPage::openOther()
{
    const QString path = FileDialogs::openFileName(
        this, tr("Open a configuration"), tr("Lockstep configuration (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        scheduleRebuild();
    QWidget::changeEvent(event);
}

void SettingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshSecretStatus(); // the keychain is asked only once the page is on screen, never at start-up
}

void SettingsPage::scheduleRebuild()
{
    // The language combo that caused the change is inside the tabs: rebuild after its signal has returned.
    if (m_rebuildQueued)
        return;
    m_rebuildQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_rebuildQueued = false;
            retranslate();
        },
        Qt::QueuedConnection);
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    setAccessibleName(tr("Settings"));
    m_tabs->setAccessibleName(tr("Settings sections"));
    m_openButton->setText(tr("Open configuration…"));
    m_openButton->setAccessibleName(tr("Open a configuration file"));
    m_openButton->setVisible(m_source != Source::Demo);
    switch (m_source) {
    case Source::None:
        m_sourceLabel->setText(tr("No configuration file is open: the console was started without --config, so "
                                  "the engine is not running. Open a configuration file to edit it; Lockstep runs "
                                  "with it when started as \"lockstep --config FILE\"."));
        break;
    case Source::File:
        m_sourceLabel->setText(tr("Editing %1. When this console's engine runs from this file, saving restarts the "
                                  "engine in place with the changes.")
                                   .arg(QDir::toNativeSeparators(m_path)));
        break;
    case Source::Demo:
        m_sourceLabel->setText(tr("Demo mode: these are the sandbox's settings for this session, read-only. The demo "
                                  "makes them afresh at every start, so there is nothing to save; start Lockstep "
                                  "with --config FILE to edit a real configuration. Language and role below apply "
                                  "at once."));
        break;
    }
    rebuild();
}

void SettingsPage::rebuild()
{
    const int current = m_tabs->currentIndex();
    // Never called from a signal of a widget inside the tabs (a language change rebuilds from a queued call), so
    // the old editors can go at once.
    while (m_tabs->count() > 0) {
        QWidget* old = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete old;
    }
    // The editors are made afresh from the document (which holds every edit), so nothing typed is lost.
    m_form.reset();
    m_configTabs.clear();
    m_tabs->addTab(buildGeneral(), tr("General"));
    if (m_doc) {
        m_form = std::make_unique<SettingsForm>(*m_doc, m_source == Source::Demo);
        connect(m_form.get(), &SettingsForm::edited, this, [this] { setModified(true); });
        auto* connections = new ConnectionSettings(*m_form);
        for (auto it = connections->secretFields().cbegin(); it != connections->secretFields().cend(); ++it) {
            const QString path = it.key();
            connect(it.value(), &SecretField::secretEntered, this, [this, path](const QString& secret) {
                const auto src = m_doc->secretSource(path);
                const QString entry = src.kind == SecretRef::Kind::Keychain && !src.name.isEmpty()
                    ? src.name
                    : ConnectionSettings::defaultKeychainEntry(path);
                m_pendingSecrets.insert(path, secret);
                m_doc->setKeychainSecret(path, entry);
                setModified(true);
                refreshSecretStatus();
            });
        }
        const auto addSection = [this](QWidget* content, const QString& title) {
            QWidget* tab = scrolled(content, title);
            m_configTabs << tab;
            m_tabs->addTab(tab, title);
        };
        addSection(connections, tr("Connections"));
        addSection(buildSchedules(*m_form), tr("Schedules"));
        addSection(buildMappings(*m_form), tr("Mappings"));
        addSection(buildBuffers(*m_form), tr("Safety buffers"));
        addSection(buildSlas(*m_form), tr("Service levels"));
        addSection(buildOwners(*m_form), tr("Owner teams"));
        refreshSecretStatus();
    } else {
        m_tabs->addTab(buildNoConfiguration(), tr("Configuration"));
    }
    m_tabs->addTab(buildSelfTest(), tr("Self-test"));
    m_tabs->setCurrentIndex(std::clamp(current, 0, m_tabs->count() - 1));
    const bool editable = m_doc && m_source == Source::File;
    m_buttons->setVisible(editable);
    setSaving(m_saving); // a language change during a save rebuilds the sections: they stay locked
}

QWidget* SettingsPage::buildGeneral()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    auto* language = new QComboBox(page);
    language->setObjectName(QStringLiteral("languageCombo"));
    language->setAccessibleName(tr("Language"));
    language->addItem(tr("System language"), QString());
    for (const QString& code : availableLanguages())
        language->addItem(languageName(code), code);
    language->setCurrentIndex(std::max(0, language->findData(savedLanguage())));
    form->addRow(tr("&Language"), language);
    connect(language, &QComboBox::activated, this, [language](int index) {
        const QString code = language->itemData(index).toString();
        saveLanguage(code);
        applyLanguage(code); // every widget retranslates on the LanguageChange that follows
    });

    auto* role = new QComboBox(page);
    role->setObjectName(QStringLiteral("roleCombo"));
    role->setAccessibleName(tr("Role"));
    for (Role r : {Role::Supervisor, Role::CustomerService, Role::Finance})
        role->addItem(Roles::displayName(r), static_cast<int>(r));
    role->setCurrentIndex(role->findData(static_cast<int>(Roles::instance().effectiveRole())));
    form->addRow(tr("&Role"), role);
    form->addRow(QString(),
        note(tr("The role sets the page Lockstep opens on and the actions in view. It applies at once."), page));
    connect(role, &QComboBox::activated, this, [role](int index) {
        Roles::instance().setRole(static_cast<Role>(role->itemData(index).toInt()));
    });
    return page;
}

QWidget* SettingsPage::buildSchedules(SettingsForm& form)
{
    const core::engine::Config defaults;
    auto* page = new QWidget;
    auto* layout = section(page, tr("How often each job of the engine runs."));
    const QString s = tr(" s");
    form.addNumber(layout,
        tr("Read new orders every"),
        QStringLiteral("schedules.order_poll_seconds"),
        defaults.schedules.orderPollSeconds,
        1,
        86400,
        s);
    form.addNumber(layout,
        tr("Pull stock levels every"),
        QStringLiteral("schedules.stock_pull_seconds"),
        defaults.schedules.stockPullSeconds,
        1,
        86400,
        s);
    form.addNumber(layout,
        tr("Read shipments every"),
        QStringLiteral("schedules.shipment_poll_seconds"),
        defaults.schedules.shipmentPollSeconds,
        1,
        86400,
        s);
    form.addNumber(layout,
        tr("Check for exceptions every"),
        QStringLiteral("schedules.sweep_seconds"),
        defaults.schedules.sweepSeconds,
        1,
        86400,
        s);
    form.addNumber(layout,
        tr("First sync reads back"),
        QStringLiteral("backfill.days"),
        defaults.backfillDays,
        0,
        3660,
        tr(" days"));
    form.addNumber(layout,
        tr("First sync reads in parallel"),
        QStringLiteral("backfill.parallelism"),
        defaults.backfillParallelism,
        1,
        16);
    return page;
}

QWidget* SettingsPage::buildMappings(SettingsForm& form)
{
    auto* page = new QWidget;
    auto* layout = section(page,
        tr("Which facility ships each storefront channel, and where custom checkout fields go in the "
           "warehouse order. SKUs that differ between storefront and warehouse are mapped from the "
           "SKU mismatches queue (Edit…)."));
    form.addText(layout, tr("Default facility"), QStringLiteral("mappings.default_facility"), tr("e.g. DAL-1"));
    form.addTable(layout,
        tr("Facility by channel"),
        QStringLiteral("mappings.facility_by_channel"),
        tr("Channel or location"),
        tr("Facility"),
        false);
    form.addTable(layout,
        tr("Custom checkout fields"),
        QStringLiteral("mappings.custom_fields"),
        tr("Storefront field"),
        tr("Warehouse field"),
        false);
    return page;
}

QWidget* SettingsPage::buildBuffers(SettingsForm& form)
{
    auto* page = new QWidget;
    auto* layout =
        section(page, tr("Units held back from what the storefront may sell, so the last items are not sold twice."));
    form.addNumber(layout, tr("Every SKU"), QStringLiteral("buffers.default"), 0, 0, 1000000, tr(" units"));
    form.addTable(layout, tr("Per SKU"), QStringLiteral("buffers.per_sku"), tr("SKU"), tr("Units"), true);
    return page;
}

QWidget* SettingsPage::buildSlas(SettingsForm& form)
{
    const core::engine::Config defaults;
    auto* page = new QWidget;
    auto* layout = section(page, tr("How long a record may wait before it becomes an exception for a person."));
    const QString min = tr(" min");
    form.addNumber(layout,
        tr("Warehouse acknowledges a paid order within"),
        QStringLiteral("slas.wms_acknowledge_minutes"),
        defaults.slas.wmsAcknowledgeMinutes,
        1,
        100000,
        min);
    form.addNumber(layout,
        tr("Storefront hears of a shipment within"),
        QStringLiteral("slas.shipment_confirmation_minutes"),
        defaults.slas.shipmentConfirmationMinutes,
        1,
        100000,
        min);
    form.addNumber(layout,
        tr("Payment may stay pending for"),
        QStringLiteral("slas.payment_pending_minutes"),
        defaults.slas.paymentPendingMinutes,
        1,
        100000,
        min);
    return page;
}

QWidget* SettingsPage::buildOwners(SettingsForm& form)
{
    auto* page = new QWidget;
    auto* layout = section(page, tr("The team that owns each kind of exception."));
    for (int i = 0; i < core::kExceptionTypeCount; ++i) {
        const auto type = static_cast<core::ExceptionType>(i);
        const QString path = QStringLiteral("owners.") + core::toString(type);
        auto* combo = new QComboBox(page);
        combo->addItem(tr("Default (%1)").arg(DisplayFormat::ownerTeam(core::rules::defaultOwner(type))), QString());
        for (auto team : {core::OwnerTeam::Operations,
                 core::OwnerTeam::CustomerService,
                 core::OwnerTeam::Finance,
                 core::OwnerTeam::ECommerce})
            combo->addItem(DisplayFormat::ownerTeam(team), core::toString(team));
        const int index = combo->findData(form.document().value(path).toString());
        combo->setCurrentIndex(std::max(0, index));
        combo->setEnabled(!form.isReadOnly());
        const QString label = Navigation::queueName(type);
        form.registerField(path, combo, label);
        layout->addRow(label, combo);
        connect(combo, &QComboBox::activated, &form, [&form, combo, path](int row) {
            form.document().setValue(path, combo->itemData(row).toString());
            Q_EMIT form.edited();
        });
    }
    return page;
}

QWidget* SettingsPage::buildSelfTest()
{
    // The checks of `lockstep --self-test`: database, keychain, configuration, each connector's health call.
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("selfTestTab"));
    page->setAccessibleName(tr("Self-test"));
    auto* layout = new QVBoxLayout(page);
    if (!m_selfTestSetup) {
        auto* placeholder = note(tr("The self-test needs a database and a configuration: start Lockstep with "
                                    "--config FILE or --demo."),
            page);
        placeholder->setObjectName(QStringLiteral("selfTestPlaceholder"));
        layout->addWidget(placeholder);
        layout->addStretch(1);
        return page;
    }
    auto* panel = new SelfTestPanel(page);
    panel->setObjectName(QStringLiteral("selfTestPanel"));
    panel->setSetup(*m_selfTestSetup, m_selfTestKeychain);
    layout->addWidget(panel);
    return page;
}

void SettingsPage::setSelfTest(
    core::engine::SelfTestSetup setup, std::shared_ptr<core::engine::CredentialStore> keychain)
{
    m_selfTestSetup = std::move(setup);
    m_selfTestKeychain = std::move(keychain);
    rebuild();
}

QWidget* SettingsPage::buildNoConfiguration()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Connections, schedules, mappings, safety buffers, service levels and owner teams live "
                              "in the configuration file. Use \"Open configuration…\" above to edit one."),
        page));
    layout->addStretch(1);
    return page;
}

QString SettingsPage::secretStatus(const QString& path) const
{
    if (m_pendingSecrets.contains(path))
        return tr("New value entered: it goes to the keychain when you save");
    const auto src = m_doc->secretSource(path);
    switch (src.kind) {
    case SecretRef::Kind::None:
        return tr("Not stored");
    case SecretRef::Kind::Literal:
        return m_source == Source::Demo ? tr("Sandbox value, for the demo only")
                                        : tr("Written in the file (accepted only for a sandbox on this computer)");
    case SecretRef::Kind::Environment:
        return tr("From the environment variable %1").arg(src.name);
    case SecretRef::Kind::Keychain:
        if (!m_store)
            return tr("Keychain entry %1 (no keychain here to check it)").arg(src.name);
        if (m_checking.contains(src.name))
            return tr("Keychain entry %1: checking…").arg(src.name);
        if (!m_storedEntries.contains(src.name))
            return tr("Keychain entry %1").arg(src.name);
        const KeychainEntryState state = m_storedEntries.value(src.name);
        if (!state.error.isEmpty())
            return tr("Keychain entry %1: the keychain did not say whether it is stored: %2")
                .arg(src.name, state.error);
        return state.present ? tr("Stored in the keychain (%1)").arg(src.name)
                             : tr("Not stored: the keychain has no entry %1").arg(src.name);
    }
    return {};
}

void SettingsPage::refreshSecretStatus()
{
    if (!m_doc || !m_form)
        return;
    const QList<SecretField*> fields = findChildren<SecretField*>();
    // Each keychain entry is asked once per load, on the keychain thread; the value read is dropped there, only
    // "present" comes back. Until it does, the field says it is checking.
    QStringList ask;
    for (const SecretField* field : fields) {
        if (m_pendingSecrets.contains(field->objectName()))
            continue; // a new value is on its way there: what the entry holds now does not matter
        const auto src = m_doc->secretSource(field->objectName());
        if (src.kind == SecretRef::Kind::Keychain && m_store && isVisible() && !src.name.isEmpty()
            && !m_storedEntries.contains(src.name) && !m_checking.contains(src.name)) {
            m_checking.insert(src.name);
            ask << src.name;
        }
    }
    if (!ask.isEmpty()) {
        KeychainWorker* w = worker();
        QMetaObject::invokeMethod(
            w,
            [w, store = m_store, generation = m_generation, ask] { w->check(store, generation, ask); },
            Qt::QueuedConnection);
    }
    for (SecretField* field : fields)
        field->setStatus(secretStatus(field->objectName()));
}

void SettingsPage::takeEntryState(quint64 generation, const KeychainEntryState& state)
{
    if (generation != m_generation)
        return;
    m_checking.remove(state.entry);
    m_storedEntries.insert(state.entry, state);
    refreshSecretStatus();
}

void SettingsPage::setModified(bool modified)
{
    m_modified = modified;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(modified && !m_saving);
    m_buttons->button(QDialogButtonBox::Discard)->setEnabled(modified && !m_saving);
    if (modified)
        m_message->clear();
}

void SettingsPage::showMessage(const QString& text)
{
    m_message->setText(text);
}

QString SettingsPage::statusText() const
{
    return m_message->text();
}

void SettingsPage::showIssues(const QList<core::engine::ConfigIssue>& issues)
{
    m_issueLines.clear();
    QWidget* first = nullptr;
    for (const auto& issue : issues) {
        // The field's path is shown as well as its label: it is what a person finds in the file.
        const QString label = m_form ? m_form->labelFor(issue.field) : QString();
        m_issueLines << (label.isEmpty() ? tr("%1: %2").arg(issue.field, issue.message)
                                         : tr("%1 (%2): %3").arg(label, issue.field, issue.message));
        if (QWidget* w = m_form ? m_form->widgetFor(issue.field) : nullptr) {
            w->setToolTip(issue.message);
            w->setAccessibleDescription(issue.message);
            if (!first)
                first = w;
        }
    }
    m_issues->setText(tr("Not saved: %n problem(s) to fix first.", nullptr, static_cast<int>(issues.size()))
        + QStringLiteral("\n• ") + m_issueLines.join(QStringLiteral("\n• ")));
    // Red that reads on either palette: darker on light backgrounds, lighter on dark ones.
    QPalette palette = m_issues->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e));
    m_issues->setPalette(palette);
    m_issues->setVisible(!issues.isEmpty());
    if (first) {
        // Bring the first field in question into view.
        for (QWidget* p = first; p; p = p->parentWidget()) {
            const int tab = m_tabs->indexOf(p);
            if (tab >= 0) {
                m_tabs->setCurrentIndex(tab);
                break;
            }
        }
        first->setFocus(Qt::OtherFocusReason);
    }
}

bool SettingsPage::save()
{
    if (!m_doc || m_source != Source::File || m_saving)
        return false;
    const core::engine::ConfigLoad check = m_doc->validate();
    if (!check.ok()) {
        showIssues(check.issues);
        return false;
    }
    m_issueLines.clear();
    m_issues->hide();
    if (m_pendingSecrets.isEmpty())
        return writeFile(*m_doc);
    if (!m_store) {
        showMessage(tr("Not saved: there is no keychain on this computer to keep the secrets you typed."));
        return false;
    }
    // Secrets first: a file that names an entry the keychain does not have would stop the engine at its start.
    // The keychain thread stores them one by one, in the order of their fields; the file (the text validated here)
    // is written only once every one is in, and not at all if one is refused.
    QStringList paths = m_pendingSecrets.keys();
    std::sort(paths.begin(), paths.end());
    QList<KeychainWrite> writes;
    for (const QString& path : paths)
        writes.append({m_doc->secretSource(path).name, m_pendingSecrets.value(path)});
    m_savingDoc = *m_doc;
    setSaving(true);
    takeStoring(m_generation, writes.constFirst().entry, 1, static_cast<int>(writes.size()));
    KeychainWorker* w = worker();
    QMetaObject::invokeMethod(
        w,
        [w, store = m_store, generation = m_generation, writes] { w->write(store, generation, writes); },
        Qt::QueuedConnection);
    return true;
}

void SettingsPage::takeStoring(quint64 generation, const QString& entry, int index, int count)
{
    if (generation != m_generation || !m_saving)
        return;
    showMessage(tr("Saving: storing %1 in the keychain (%2 of %3)…").arg(entry).arg(index).arg(count));
}

void SettingsPage::takeWriteFailed(
    quint64 generation, const QString& entry, const QString& message, const QStringList& written)
{
    if (generation != m_generation || !m_saving)
        return;
    for (const QString& e : written)
        m_storedEntries.insert(e, {e, true, {}});
    // The typed secrets stay pending (a second Save stores them all again); the file is left as it was.
    setSaving(false);
    const QString text = tr("Not saved: the keychain did not take %1: %2").arg(entry, message);
    showMessage(text);
    refreshSecretStatus();
    Q_EMIT saveFailed(text);
}

void SettingsPage::takeWritesFinished(quint64 generation, const QStringList& entries)
{
    if (generation != m_generation || !m_saving)
        return;
    for (const QString& e : entries)
        m_storedEntries.insert(e, {e, true, {}});
    m_pendingSecrets.clear();
    const ConfigDocument doc = std::move(*m_savingDoc);
    setSaving(false);
    writeFile(doc);
}

bool SettingsPage::writeFile(const ConfigDocument& doc)
{
    const core::Status written = doc.save(m_path);
    if (!written.ok()) {
        const QString text =
            tr("Not saved: %1 could not be written: %2").arg(QDir::toNativeSeparators(m_path), written.error().message);
        showMessage(text);
        Q_EMIT saveFailed(text);
        return false;
    }
    setModified(false);
    refreshSecretStatus();
    showMessage(tr("Saved %1 at %2. The engine uses it from its next start.")
                    .arg(QDir::toNativeSeparators(m_path), DisplayFormat::timeOfDay(QDateTime::currentDateTimeUtc())));
    Q_EMIT saved(m_path);
    return true;
}

void SettingsPage::setSaving(bool saving)
{
    m_saving = saving;
    if (!saving)
        m_savingDoc.reset();
    // While the keychain takes the secrets nothing may change what was validated: the sections, Open, Save and
    // Discard are locked (the window, the General tab and the other pages stay usable).
    for (const QPointer<QWidget>& tab : std::as_const(m_configTabs)) {
        if (tab)
            tab->setEnabled(!saving);
    }
    m_openButton->setEnabled(!saving);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_modified && !saving);
    m_buttons->button(QDialogButtonBox::Discard)->setEnabled(m_modified && !saving);
}

void SettingsPage::discard()
{
    if (m_source == Source::File && !m_saving)
        openFile(m_path);
}

} // namespace lockstep::ui
