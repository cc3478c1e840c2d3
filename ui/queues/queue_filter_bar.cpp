// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue_filter_bar.h"

#include "common/display_format.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>

namespace lockstep::ui {

using core::ExceptionState;
using core::OwnerTeam;

namespace {

qint64 ageSeconds(AgeBucket age)
{
    switch (age) {
    case AgeBucket::Any:
        return 0;
    case AgeBucket::OneHour:
        return 3600;
    case AgeBucket::FourHours:
        return 4 * 3600;
    case AgeBucket::OneDay:
        return 24 * 3600;
    case AgeBucket::OneWeek:
        return 7 * 24 * 3600;
    }
    return 0;
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(std::max(0, i));
}

} // namespace

core::store::ExceptionFilter QueueFilterState::toFilter(const QDateTime& nowUtc, const QString& person) const
{
    core::store::ExceptionFilter f;
    f.state = state;
    f.text = text.trimmed();
    f.facility = facility;
    f.owner = owner;
    f.signature = cause;
    if (view == AssigneeView::Mine)
        f.assignee = person;
    else if (view == AssigneeView::Unassigned)
        f.assignee = QString();
    if (age != AgeBucket::Any)
        f.firstSeenBefore = nowUtc.addSecs(-ageSeconds(age));
    return f;
}

QVariantMap QueueFilterState::toVariant() const
{
    return {
        {QStringLiteral("text"), text},
        {QStringLiteral("facility"), facility},
        {QStringLiteral("owner"), owner ? core::toString(*owner) : QString()},
        {QStringLiteral("age"), static_cast<int>(age)},
        {QStringLiteral("state"), core::toString(state)},
        {QStringLiteral("view"), static_cast<int>(view)},
        {QStringLiteral("cause"), cause},
    };
}

QueueFilterState QueueFilterState::fromVariant(const QVariantMap& map)
{
    QueueFilterState s;
    s.text = map.value(QStringLiteral("text")).toString();
    s.facility = map.value(QStringLiteral("facility")).toString();
    s.owner = core::ownerTeamFromString(map.value(QStringLiteral("owner")).toString());
    s.age = static_cast<AgeBucket>(std::clamp(map.value(QStringLiteral("age")).toInt(), 0, 4));
    s.state =
        core::exceptionStateFromString(map.value(QStringLiteral("state")).toString()).value_or(ExceptionState::Open);
    s.view = static_cast<AssigneeView>(std::clamp(map.value(QStringLiteral("view")).toInt(), 0, 2));
    s.cause = map.value(QStringLiteral("cause")).toString();
    return s;
}

QString QueueFilterBar::viewText(AssigneeView view)
{
    switch (view) {
    case AssigneeView::All:
        return tr("All");
    case AssigneeView::Mine:
        return tr("Mine");
    case AssigneeView::Unassigned:
        return tr("Unassigned");
    }
    return {};
}

QString QueueFilterBar::ageText(AgeBucket age)
{
    switch (age) {
    case AgeBucket::Any:
        return tr("Any age");
    case AgeBucket::OneHour:
        return tr("Older than 1 h");
    case AgeBucket::FourHours:
        return tr("Older than 4 h");
    case AgeBucket::OneDay:
        return tr("Older than 1 day");
    case AgeBucket::OneWeek:
        return tr("Older than 1 week");
    }
    return {};
}

QueueFilterBar::QueueFilterBar(QWidget* parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search order, SKU, facility or reason"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 34);

    m_facility = new QComboBox(this);
    m_facility->setAccessibleName(tr("Facility"));
    m_facility->addItem(tr("All facilities"), QString());
    m_facility->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_owner = new QComboBox(this);
    m_owner->setAccessibleName(tr("Owner team"));
    m_owner->addItem(tr("All teams"), QString());
    for (OwnerTeam t : {OwnerTeam::Operations, OwnerTeam::CustomerService, OwnerTeam::Finance, OwnerTeam::ECommerce})
        m_owner->addItem(DisplayFormat::ownerTeam(t), core::toString(t));

    m_age = new QComboBox(this);
    m_age->setAccessibleName(tr("Age"));
    for (AgeBucket a :
        {AgeBucket::Any, AgeBucket::OneHour, AgeBucket::FourHours, AgeBucket::OneDay, AgeBucket::OneWeek})
        m_age->addItem(ageText(a), static_cast<int>(a));

    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("State"));
    for (ExceptionState st : {ExceptionState::Open, ExceptionState::Acknowledged, ExceptionState::Resolved})
        m_state->addItem(DisplayFormat::state(st), core::toString(st));

    // Causes read long ("SKU not in the item master: BOTTLE-750-STL (12)"): the box keeps a modest width and its
    // list opens as wide as its entries.
    m_cause = new QComboBox(this);
    m_cause->setObjectName(QStringLiteral("causeFilter"));
    m_cause->setAccessibleName(tr("Cause"));
    m_cause->setToolTip(tr("Only the exceptions of one cause, with how many each has"));
    // The box is narrower than most causes: the one chosen reads in full on hover.
    connect(m_cause, &QComboBox::currentIndexChanged, m_cause, [this](int index) {
        m_cause->setToolTip(
            index > 0 ? m_cause->currentText() : tr("Only the exceptions of one cause, with how many each has"));
    });
    m_cause->addItem(tr("All causes"), QString());
    m_cause->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cause->setMinimumContentsLength(18);

    // One click each: everyone's, mine, nobody's. Checkable buttons in an exclusive group.
    m_viewSwitch = new QWidget(this);
    m_viewSwitch->setObjectName(QStringLiteral("assigneeViews"));
    m_viewSwitch->setAccessibleName(tr("Whose exceptions"));
    auto* switchLayout = new QHBoxLayout(m_viewSwitch);
    switchLayout->setContentsMargins(0, 0, 0, 0);
    switchLayout->setSpacing(2);
    m_views = new QButtonGroup(this);
    m_views->setExclusive(true);
    for (AssigneeView v : {AssigneeView::All, AssigneeView::Mine, AssigneeView::Unassigned}) {
        auto* button = new QToolButton(m_viewSwitch);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setText(viewText(v));
        button->setChecked(v == AssigneeView::All);
        m_views->addButton(button, static_cast<int>(v));
        switchLayout->addWidget(button);
    }
    viewButton(AssigneeView::Mine)->setToolTip(tr("Only the exceptions assigned to you"));
    viewButton(AssigneeView::Unassigned)->setToolTip(tr("Only the exceptions assigned to nobody"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_facility);
    layout->addWidget(m_owner);
    layout->addWidget(m_age);
    layout->addWidget(m_state);
    layout->addWidget(m_cause);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &QueueFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_facility, m_owner, m_age, m_state, m_cause})
        connect(combo, &QComboBox::currentIndexChanged, this, &QueueFilterBar::emitNow);
    connect(m_views, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            emitNow();
    });
}

QAbstractButton* QueueFilterBar::viewButton(AssigneeView view) const
{
    return m_views->button(static_cast<int>(view));
}

void QueueFilterBar::emitNow()
{
    m_debounce.stop();
    Q_EMIT filterChanged();
}

QueueFilterState QueueFilterBar::filterState() const
{
    QueueFilterState s;
    s.text = m_search->text();
    s.facility = m_facility->currentData().toString();
    s.owner = core::ownerTeamFromString(m_owner->currentData().toString());
    s.age = static_cast<AgeBucket>(m_age->currentData().toInt());
    s.state = core::exceptionStateFromString(m_state->currentData().toString()).value_or(ExceptionState::Open);
    s.view = static_cast<AssigneeView>(std::max(0, m_views->checkedId()));
    s.cause = m_cause->currentData().toString();
    return s;
}

void QueueFilterBar::setFilterState(const QueueFilterState& state)
{
    {
        const QSignalBlocker b1(m_search), b2(m_facility), b3(m_owner), b4(m_age), b5(m_state), b6(m_cause),
            b7(m_views);
        m_search->setText(state.text);
        if (!state.facility.isEmpty() && m_facility->findData(state.facility) < 0)
            m_facility->addItem(state.facility, state.facility);
        selectData(m_facility, state.facility);
        selectData(m_owner, state.owner ? core::toString(*state.owner) : QString());
        selectData(m_age, static_cast<int>(state.age));
        selectData(m_state, core::toString(state.state));
        if (!state.cause.isEmpty() && m_cause->findData(state.cause) < 0)
            m_cause->addItem(DisplayFormat::cause(state.cause), state.cause);
        selectData(m_cause, state.cause);
        viewButton(state.view)->setChecked(true);
    }
    emitNow();
}

void QueueFilterBar::setFacilities(const QStringList& facilities)
{
    const QString current = m_facility->currentData().toString();
    const QSignalBlocker blocker(m_facility);
    QStringList all = facilities;
    if (!current.isEmpty() && !all.contains(current))
        all.append(current);
    all.sort(Qt::CaseInsensitive);
    while (m_facility->count() > 1)
        m_facility->removeItem(1);
    for (const QString& f : std::as_const(all))
        m_facility->addItem(f, f);
    selectData(m_facility, current);
}

void QueueFilterBar::setCauses(const QList<core::store::CauseGroup>& causes)
{
    const QString current = m_cause->currentData().toString();
    const QSignalBlocker blocker(m_cause);
    while (m_cause->count() > 1)
        m_cause->removeItem(1);
    const QLocale locale;
    bool currentListed = current.isEmpty();
    for (const core::store::CauseGroup& c : causes) {
        if (c.signature.isEmpty())
            continue; // records without a cause are reached through "All causes"
        m_cause->addItem(tr("%1 (%2)").arg(DisplayFormat::cause(c.signature), locale.toString(c.count)), c.signature);
        currentListed = currentListed || c.signature == current;
    }
    if (!currentListed) // none left of the cause chosen: it stays chosen, with nothing in it
        m_cause->addItem(tr("%1 (%2)").arg(DisplayFormat::cause(current), locale.toString(0)), current);
    selectData(m_cause, current);
}

void QueueFilterBar::setAssigneeCounts(const core::store::AssigneeCounts& counts)
{
    const QLocale locale;
    viewButton(AssigneeView::Mine)
        ->setText(tr("%1 (%2)").arg(viewText(AssigneeView::Mine), locale.toString(counts.mine)));
    viewButton(AssigneeView::Unassigned)
        ->setText(tr("%1 (%2)").arg(viewText(AssigneeView::Unassigned), locale.toString(counts.unassigned)));
}

QString QueueFilterBar::summary() const
{
    const QueueFilterState s = filterState();
    QStringList parts{DisplayFormat::state(s.state)};
    if (!s.facility.isEmpty())
        parts << s.facility;
    if (s.owner)
        parts << DisplayFormat::ownerTeam(*s.owner);
    if (s.age != AgeBucket::Any)
        parts << ageText(s.age).toLower();
    if (s.view != AssigneeView::All)
        parts << viewText(s.view).toLower();
    if (!s.cause.isEmpty())
        parts << DisplayFormat::cause(s.cause);
    if (!s.text.trimmed().isEmpty())
        parts << tr("“%1”").arg(s.text.trimmed());
    return parts.join(QStringLiteral(" · "));
}

} // namespace lockstep::ui
