"""Reads .xlsx files as a non-calculating reader does (openpyxl, data_only=True).

For each file given on the command line, prints one JSON object per line:
{"file": path, "warnings": [...], "sheets": {name: {"A1": [formula, cached, number_format], ...}}}
listing every formula cell with its formula and the cached value openpyxl sees (None when the
file stores none). Any warning openpyxl raises while reading is reported, not printed.
"""
import json
import sys
import warnings

import openpyxl


def read(path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        formulas = openpyxl.load_workbook(path, data_only=False)
        values = openpyxl.load_workbook(path, data_only=True)
    sheets = {}
    for ws in formulas.worksheets:
        cached = values[ws.title]
        cells = {}
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if isinstance(v, str) and v.startswith("="):
                    cells[cell.coordinate] = [v, cached[cell.coordinate].value, cell.number_format]
        sheets[ws.title] = cells
    return {"file": path, "warnings": [str(w.message) for w in caught], "sheets": sheets}


def default(o):
    return str(o)


for arg in sys.argv[1:]:
    print(json.dumps(read(arg), ensure_ascii=False, default=default))
