// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace lockstep::core {

/// A component of a bundle (a WMS kit): `quantity` units of `sku` make one bundle.
struct BundleComponent
{
    QString sku;
    int quantity = 1;

    friend bool operator==(const BundleComponent&, const BundleComponent&) = default;
};

/// An item of the WMS item master. A bundle has components and no stock of its own.
struct Item
{
    QString wmsItemId;
    QString sku;
    QString name;
    bool active = true;
    QList<BundleComponent> components;

    bool isBundle() const { return !components.isEmpty(); }
    friend bool operator==(const Item&, const Item&) = default;
};

} // namespace lockstep::core
