-- richards: an operating-system task scheduler simulation in the style of
-- Martin Richards' benchmark.  Six tasks (idle, worker, two handlers, two
-- devices) exchange packets through priority-ordered queues; tasks can be
-- running, waiting for a packet, or held.  One run lets the idle task tick
-- 10000 times; a correct run performs 23246 queue operations and 9297
-- holds.  Size: number of runs.
local runs = tonumber(arg and arg[1]) or 20

local IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
local KIND_DEVICE, KIND_WORK = 0, 1
local DATA_SIZE = 4
local IDLE_TICKS = 10000

-- state flags, kept as separate booleans: a packet is queued, the task is
-- waiting for one, the task is held
local function newPacket(link, id, kind)
  return { link = link, id = id, kind = kind, count = 0,
           data = { 0, 0, 0, 0 } }
end

-- append packet p at the end of queue q; returns the new queue head
local function append(p, q)
  p.link = nil
  if q == nil then return p end
  local last = q
  while last.link ~= nil do last = last.link end
  last.link = p
  return q
end

-- xor of a 16-bit value with 0xD008, done arithmetically (no bit library):
-- add the constant, then remove twice every bit both sides share
local XOR_BITS = { 8, 4096, 16384, 32768 }
local function xorD008(v)
  local r = v + 0xD008
  for i = 1, 4 do
    local b = XOR_BITS[i]
    if math.floor(v / b) % 2 == 1 then r = r - 2 * b end
  end
  return r
end

local S = nil -- the scheduler of the current run

local function newScheduler()
  return { tasks = {}, list = nil, current = nil, currentId = 0,
           queueCount = 0, holdCount = 0 }
end

local function addTask(id, priority, queue, fn, data, pending, waiting)
  local t = { id = id, priority = priority, queue = queue, fn = fn,
              data = data, pending = pending, waiting = waiting,
              held = false, link = S.list }
  S.list = t
  S.tasks[id] = t
  return t
end

-- scheduler primitives, each returning the task to run next
local function holdSelf()
  S.holdCount = S.holdCount + 1
  local t = S.current
  t.held = true
  return t.link
end

local function waitSelf()
  S.current.waiting = true
  return S.current
end

local function release(id)
  local t = S.tasks[id]
  t.held = false
  if t.priority > S.current.priority then return t end
  return S.current
end

local function queuePacket(p)
  local t = S.tasks[p.id]
  S.queueCount = S.queueCount + 1
  p.link = nil
  p.id = S.currentId
  if t.queue == nil then
    t.queue = p
    t.pending = true
    if t.priority > S.current.priority then return t end
  else
    t.queue = append(p, t.queue)
  end
  return S.current
end

-- task behaviours: fn(data, packet) -> next task
local function idleFn(d, _)
  d.count = d.count - 1
  if d.count == 0 then return holdSelf() end
  local v = d.seed
  if v % 2 == 0 then
    d.seed = v / 2
    return release(DEVICE_A)
  end
  d.seed = xorD008((v - 1) / 2)
  return release(DEVICE_B)
end

local function workerFn(d, p)
  if p == nil then return waitSelf() end
  if d.dest == HANDLER_A then d.dest = HANDLER_B else d.dest = HANDLER_A end
  p.id = d.dest
  p.count = 0
  local data = p.data
  for i = 1, DATA_SIZE do
    local c = d.letter + 1
    if c > 26 then c = 1 end
    d.letter = c
    data[i] = c
  end
  return queuePacket(p)
end

local function handlerFn(d, p)
  if p ~= nil then
    if p.kind == KIND_WORK then d.work = append(p, d.work)
    else d.devices = append(p, d.devices) end
  end
  local w = d.work
  if w ~= nil then
    local c = w.count
    if c >= DATA_SIZE then
      d.work = w.link
      return queuePacket(w)
    end
    local dev = d.devices
    if dev ~= nil then
      d.devices = dev.link
      dev.count = w.data[c + 1]
      w.count = c + 1
      return queuePacket(dev)
    end
  end
  return waitSelf()
end

local function deviceFn(d, p)
  if p == nil then
    local v = d.packet
    if v == nil then return waitSelf() end
    d.packet = nil
    return queuePacket(v)
  end
  d.packet = p
  return holdSelf()
end

-- the main loop: run the first task in priority order that is neither held
-- nor waiting without a packet
local function schedule()
  local t = S.list
  while t ~= nil do
    if t.held or (t.waiting and not t.pending) then
      t = t.link
    else
      local p = nil
      if t.waiting and t.pending then
        p = t.queue
        t.queue = p.link
        t.pending = t.queue ~= nil
        t.waiting = false
      end
      S.current = t
      S.currentId = t.id
      t = t.fn(t.data, p)
    end
  end
end

local function run()
  S = newScheduler()
  addTask(IDLE, 0, nil, idleFn, { seed = 1, count = IDLE_TICKS }, false, false)
  local q = newPacket(nil, 0, KIND_WORK)
  q = newPacket(q, 0, KIND_WORK)
  addTask(WORKER, 1000, q, workerFn, { dest = HANDLER_A, letter = 0 }, true, true)
  q = newPacket(nil, DEVICE_A, KIND_DEVICE)
  q = newPacket(q, DEVICE_A, KIND_DEVICE)
  q = newPacket(q, DEVICE_A, KIND_DEVICE)
  addTask(HANDLER_A, 2000, q, handlerFn, { work = nil, devices = nil }, true, true)
  q = newPacket(nil, DEVICE_B, KIND_DEVICE)
  q = newPacket(q, DEVICE_B, KIND_DEVICE)
  q = newPacket(q, DEVICE_B, KIND_DEVICE)
  addTask(HANDLER_B, 3000, q, handlerFn, { work = nil, devices = nil }, true, true)
  addTask(DEVICE_A, 4000, nil, deviceFn, { packet = nil }, false, true)
  addTask(DEVICE_B, 5000, nil, deviceFn, { packet = nil }, false, true)
  schedule()
  return S.queueCount, S.holdCount
end

local tq, th = 0, 0
for _ = 1, runs do
  local q, h = run()
  if q ~= 23246 or h ~= 9297 then
    error(string.format("wrong counts: queue %d hold %d", q, h))
  end
  tq, th = tq + q, th + h
end
print(string.format("%d runs: queue count %d, hold count %d", runs, tq, th))
