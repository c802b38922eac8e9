import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * The fleet's business rules as SQL, written once and used by every query that needs them: the driver and
 * equipment listings, the candidate pick, the queue's capacity checks, the decision record and the release of
 * a driver. Column references are passed in, so a rule works on the drizzle tables and on aliased raw SQL alike.
 */

/** A qualification counts when it has no expiry or expires after now (one that expires today still counts until then). */
export const currentQualification = (expiresAt: SQLWrapper): SQL =>
  sql`(${expiresAt} IS NULL OR ${expiresAt} > now())`;

/** A driver can take work: on shift and without an active assignment. */
export const driverIsFree = (shiftStatus: SQLWrapper, activeAssignmentId: SQLWrapper): SQL =>
  sql`${shiftStatus} = 'on_shift' AND ${activeAssignmentId} IS NULL`;

/**
 * "A free qualified driver": some driver of the region, free, holding a current qualification for the type.
 * What the equipment list shows as `hasFreeDriver` and what the candidate pick requires are this one rule.
 */
export const freeQualifiedDriverExists = (typeId: SQLWrapper, region: SQLWrapper): SQL => sql`
  EXISTS (SELECT 1 FROM drivers fd JOIN driver_qualifications fq ON fq.driver_id = fd.id
           WHERE fd.region = ${region} AND ${driverIsFree(sql`fd.shift_status`, sql`fd.active_assignment_id`)}
             AND fq.equipment_type_id = ${typeId} AND ${currentQualification(sql`fq.expires_at`)})`;
