"""The corpus store: DuckDB schema and migrations, one writer, read-only queries."""
from .query import Store, Table, open_store
from .writer import IngestStats, StoreWriter, ingest, load_parquet

__all__ = ["Store", "Table", "open_store", "StoreWriter", "IngestStats", "ingest", "load_parquet"]
