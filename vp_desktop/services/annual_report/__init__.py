"""The annual report use cases: read a client-year, protect it against everything the client has
received, build the report, export it and keep the record of issued reports.

* `facts`: what is read from the vault (codes, dates, minutes; never text);
* `protection`: the joint disclosure problem of one report and its solution;
* `known`, `issued`: the record of issued reports and what it tells a reader;
* `build`: the `AnnualReport` data; `export`: the one export use case (GUI and CLI);
* `overview`: the adviser's own cross-client overview.
"""
