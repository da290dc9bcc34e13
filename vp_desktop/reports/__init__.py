"""The anonymised annual report per client: aggregation with disclosure control (`aggregate`),
the report data (`data`), its renderings (`pdf`, `formats`) and the adviser's own cross-client
overview (`overview`). Nothing here imports Qt; `pdf` and `formats` never touch a database."""
