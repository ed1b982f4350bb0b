// A deliberately wrong file: the architecture check must reject it.
#pragma once
#include <QString>
#include <QWidget>
