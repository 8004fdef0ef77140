-- Verification that scales (docs/decisions/0009, Limits): the verifier streams chains by position (the primary key)
-- and finds a link by event (tamper_chain_link_event_uk); these two indexes serve the rest.

-- The last global index a chain links (where "inserted" ends and "not yet linked" begins), per chain.
CREATE INDEX tamper_chain_link_global_idx ON tamper_chain_link (chain_id, global_index);

-- The smallest checkpoint at or after a store-chain position: the one that covers an event (receipts, a student's
-- verification).
CREATE INDEX tamper_checkpoint_position_idx ON tamper_checkpoint (position);
