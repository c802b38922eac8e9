/** The Lua scripts behind DispatchQueue (dispatch.queue.ts); each runs atomically on one tenant's keys. */

// Puts expired leases back at their original score. Shared by the scripts that read the queue.
const RETURN_EXPIRED = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now)
for _, m in ipairs(expired) do
  local s = redis.call('HGET', KEYS[3], m)
  if s then redis.call('ZADD', KEYS[1], s, m) end
  redis.call('ZREM', KEYS[2], m)
  redis.call('HDEL', KEYS[3], m)
end
`;

/**
 * Leases the first member (in serving order) whose region constraint is empty or one of ARGV[3..]: the head
 * for that capacity. Members that cannot use it are skipped, not moved, so they keep their place.
 * ARGV[1] lease ms, ARGV[2] how many members to scan at most. Returns {member, score, position} or false;
 * 'rebuild' when KEYS[4] (completeKey) is missing: the order must be rebuilt from Postgres first.
 */
export const LEASE_FIRST = `
if redis.call('EXISTS', KEYS[4]) == 0 then return 'rebuild' end
${RETURN_EXPIRED}
local allowed = {}
for i = 3, #ARGV do allowed[ARGV[i]] = true end
local maxScan = tonumber(ARGV[2])
local offset = 0
while offset < maxScan do
  local batch = redis.call('ZRANGE', KEYS[1], offset, offset + 99, 'WITHSCORES')
  if #batch == 0 then return false end
  for i = 1, #batch, 2 do
    local m = batch[i]
    local bar = string.find(m, '|', 1, true)
    local region = bar and string.sub(m, bar + 1) or ''
    if region == '' or allowed[region] then
      redis.call('ZREM', KEYS[1], m)
      redis.call('ZADD', KEYS[2], now + tonumber(ARGV[1]), m)
      redis.call('HSET', KEYS[3], m, batch[i + 1])
      return {m, batch[i + 1], offset + (i + 1) / 2}
    end
  end
  offset = offset + 100
end
return false
`;

/**
 * Whether a take could find anything: 1 when the type has queued members (expired leases put back first) or when
 * KEYS[4] (completeKey) is missing, since then the order is unknown until rebuilt; 0 when it is known empty.
 */
export const MAY_HAVE_HEAD = `
if redis.call('EXISTS', KEYS[4]) == 0 then return 1 end
${RETURN_EXPIRED}
if redis.call('ZCARD', KEYS[1]) > 0 then return 1 end
return 0
`;

/** Back to the original place, if still leased (a lease that already expired was put back by the scripts). */
export const RELEASE = `
local s = redis.call('HGET', KEYS[3], ARGV[1])
if redis.call('ZREM', KEYS[2], ARGV[1]) == 1 and s then redis.call('ZADD', KEYS[1], s, ARGV[1]) end
redis.call('HDEL', KEYS[3], ARGV[1])
return 1
`;

/** Gone for good: fulfilled or cancelled in Postgres (also removes a copy the reconciler may have re-added). */
export const REMOVE = `
for i = 1, #ARGV do
  redis.call('ZREM', KEYS[1], ARGV[i])
  redis.call('ZREM', KEYS[2], ARGV[i])
  redis.call('HDEL', KEYS[3], ARGV[i])
end
return 1
`;

/**
 * KEYS[4] the tenant's types set; ARGV[1] the type, then score1, member1, score2, member2, ...
 * Adds each unless it is leased right now or already queued.
 */
export const ENQUEUE = `
redis.call('SADD', KEYS[4], ARGV[1])
local added = 0
for i = 2, #ARGV, 2 do
  if not redis.call('ZSCORE', KEYS[2], ARGV[i + 1]) then
    added = added + redis.call('ZADD', KEYS[1], 'NX', ARGV[i], ARGV[i + 1])
  end
end
return added
`;

/** KEYS[4] the types set; ARGV[1] the type: forgotten when it has nothing queued or leased. */
export const FORGET_TYPE = `
if redis.call('ZCARD', KEYS[1]) == 0 and redis.call('ZCARD', KEYS[2]) == 0 then
  redis.call('SREM', KEYS[4], ARGV[1])
  return 1
end
return 0
`;

/**
 * Puts a tenant's whole queue back from Postgres and marks it complete, in one step. KEYS[1] completeKey,
 * KEYS[2] typesKey, KEYS[3] the rebuild token key, then per type its queue, lease and origin keys; ARGV[1] the
 * token, then for each type (in KEYS order) the type id, the number of members n, then n score/member pairs.
 * A leased member stays leased; one already queued keeps its score (written after its request committed, from
 * the same row). The token was set before Postgres was read: if it is gone or another's, Redis lost data (or
 * another rebuild began) since that read, which may miss requests enqueued before the loss — refused (0).
 */
export const REBUILD = `
if redis.call('GET', KEYS[3]) ~= ARGV[1] then return 0 end
local a = 2
for k = 4, #KEYS, 3 do
  local typeId = ARGV[a]
  local n = tonumber(ARGV[a + 1])
  a = a + 2
  if n > 0 then redis.call('SADD', KEYS[2], typeId) end
  for i = 1, n do
    local score, member = ARGV[a], ARGV[a + 1]
    a = a + 2
    if not redis.call('ZSCORE', KEYS[k + 1], member) then
      redis.call('ZADD', KEYS[k], 'NX', score, member)
    end
  end
end
redis.call('SET', KEYS[1], '1')
redis.call('DEL', KEYS[3])
return 1
`;

/** Everything the queue holds for a type, in serving order, after returning expired leases. */
export const SNAPSHOT = `${RETURN_EXPIRED}
return {redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES'), redis.call('ZRANGE', KEYS[2], 0, -1, 'WITHSCORES')}
`;
