-- Attachments (domain.md "Attachment"): files on a work order or an assignment, stored in the S3 bucket under the
-- tenant's own prefix. A row is made `pending` when the API hands out a presigned upload and becomes `uploaded`
-- once the API has checked the object (HEAD: it exists, with the declared size and type). See docs/attachments.md.

CREATE TABLE attachments (
  tenant_id         uuid NOT NULL DEFAULT platform.current_tenant_id(),
  id                uuid NOT NULL,
  work_order_id     uuid NOT NULL,
  -- Set for an assignment's attachment (delivery proof); the work order is still recorded for the region rule.
  assignment_id     uuid,
  -- The work order's region when the attachment was made: what the region rule scopes attachments by.
  region            text NOT NULL,
  -- Chosen by the server, always under tenants/{tenant_id}/.
  object_key        text NOT NULL CHECK (object_key LIKE 'tenants/' || tenant_id::text || '/%'),
  file_name         text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  content_type      text NOT NULL CHECK (length(content_type) BETWEEN 3 AND 127),
  size_bytes        bigint NOT NULL CHECK (size_bytes > 0),
  status            text NOT NULL CHECK (status IN ('pending', 'uploaded')),
  uploaded_by_sub   text NOT NULL,
  uploaded_by_name  text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  completed_at      timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, object_key),
  FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_orders (tenant_id, id),
  FOREIGN KEY (tenant_id, assignment_id) REFERENCES assignments (tenant_id, id),
  CHECK ((status = 'uploaded') = (completed_at IS NOT NULL))
);
CREATE INDEX attachments_work_order_idx ON attachments (tenant_id, work_order_id, id);
CREATE INDEX attachments_assignment_idx ON attachments (tenant_id, assignment_id, id) WHERE assignment_id IS NOT NULL;
SELECT platform.enable_tenant_rls('attachments');
GRANT SELECT, INSERT, UPDATE, DELETE ON attachments TO {{app_role}};
