-- An extension's notice says "extended from X to Y" only when the client held a deadline X in writing (a margin
-- call's, or an earlier extension's); a liquidation's notice named none, so its first extension sets one. The
-- decision keeps the deadline it replaced, so a notice written again later says the same. Null: none held, and
-- for decisions before this column (their notices are then written with the wording true of both).
ALTER TABLE case_decision ADD COLUMN held_deadline DATETIME(6) NULL;
