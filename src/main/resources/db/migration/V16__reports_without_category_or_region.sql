-- A report by SMS comes without category or region: the verifier sets them before it is routed. Until then both are
-- empty (its title is the text's first words).
alter table complaint alter column category_code drop not null;
alter table complaint alter column region_code drop not null;
