-- LedgerProjection: the event that recorded each entry, so that a receipt can be issued for a ledger entry
-- (docs/RECEIPTS.md). Entries projected before this column read NULL until the ledger is replayed.
ALTER TABLE ledger_entry ADD COLUMN event_id VARCHAR(255);
