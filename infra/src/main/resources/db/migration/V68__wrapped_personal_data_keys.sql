-- The per-person keys are stored wrapped (AES-GCM) under the server's master key (opsledger.privacy.master-key).
-- Keys stored before are unwrapped (wrapped = false) until the application wraps them at start-up or on first use.
alter table personal_data_key add column wrapped boolean not null default false;
