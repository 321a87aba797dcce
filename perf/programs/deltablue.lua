-- deltablue: an incremental dataflow constraint solver in the style of
-- DeltaBlue (Freeman-Benson, Maloney and Borning).  Constraints have
-- strengths from "required" to "weakest"; adding or removing a constraint
-- re-plans incrementally by walking strengths through the graph, and
-- extracted plans are executed repeatedly.  Classes are metatables with
-- inheritance, so the workload is dominated by method dispatch and small
-- object allocation.  Each iteration runs a chain test (a chain of equality
-- constraints driven by an edit at one end) and a projection test (scale
-- constraints edited from both sides).  Size: iterations.
local iterations = tonumber(arg and arg[1]) or 200
local N = 100

-- Strengths: smaller is stronger.
local REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT = 0, 1, 2, 3
local NORMAL, WEAK_DEFAULT, WEAKEST = 4, 5, 6

local function stronger(a, b) return a < b end
local function weaker(a, b) return a > b end
local function weakest(a, b) if a > b then return a end return b end

local NONE, FORWARD, BACKWARD = 0, 1, 2

local planner -- the current Planner instance

-- a simple class helper: class(parent) returns a table usable as a
-- metatable whose methods fall back to the parent's
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, { __index = parent }) end
  return c
end

---------------------------------------------------------------- Variable
local Variable = class(nil)

function Variable.new(name, value)
  return setmetatable({ name = name, value = value, constraints = {},
    determinedBy = nil, mark = 0, walkStrength = WEAKEST, stay = true },
    Variable)
end

function Variable:addConstraint(c)
  local cs = self.constraints
  cs[#cs + 1] = c
end

function Variable:removeConstraint(c)
  local cs = self.constraints
  local n = #cs
  local j = 0
  for i = 1, n do
    local d = cs[i]
    if d ~= c then j = j + 1; cs[j] = d end
  end
  for i = j + 1, n do cs[i] = nil end
  if self.determinedBy == c then self.determinedBy = nil end
end

---------------------------------------------------------------- Constraint
local Constraint = class(nil)

function Constraint:addConstraint()
  self:addToGraph()
  planner:incrementalAdd(self)
end

-- Try to satisfy this constraint by picking a method; returns the
-- constraint it overrode (if any), which the caller must re-satisfy.
function Constraint:satisfy(mark)
  self:chooseMethod(mark)
  if not self:isSatisfied() then
    if self.strength == REQUIRED then error("could not satisfy a required constraint") end
    return nil
  end
  self:markInputs(mark)
  local out = self:output()
  local overridden = out.determinedBy
  if overridden ~= nil then overridden:markUnsatisfied() end
  out.determinedBy = self
  if not planner:addPropagate(self, mark) then error("cycle encountered") end
  out.mark = mark
  return overridden
end

function Constraint:destroyConstraint()
  if self:isSatisfied() then planner:incrementalRemove(self)
  else self:removeFromGraph() end
end

function Constraint:isInput() return false end

----------------------------------------------------------- UnaryConstraint
local UnaryConstraint = class(Constraint)

function UnaryConstraint.init(self, v, strength)
  self.strength = strength
  self.output_ = v
  self.satisfied = false
  self:addConstraint()
  return self
end

function UnaryConstraint:addToGraph()
  self.output_:addConstraint(self)
  self.satisfied = false
end

function UnaryConstraint:chooseMethod(mark)
  local out = self.output_
  self.satisfied = out.mark ~= mark and stronger(self.strength, out.walkStrength)
end

function UnaryConstraint:isSatisfied() return self.satisfied end
function UnaryConstraint:markInputs(_) end
function UnaryConstraint:output() return self.output_ end

function UnaryConstraint:recalculate()
  local out = self.output_
  out.walkStrength = self.strength
  out.stay = not self:isInput()
  if out.stay then self:execute() end
end

function UnaryConstraint:markUnsatisfied() self.satisfied = false end
function UnaryConstraint:inputsKnown(_) return true end

function UnaryConstraint:removeFromGraph()
  if self.output_ ~= nil then self.output_:removeConstraint(self) end
  self.satisfied = false
end

-- a stay constraint keeps its variable's value fixed
local StayConstraint = class(UnaryConstraint)
function StayConstraint.new(v, strength)
  return UnaryConstraint.init(setmetatable({}, StayConstraint), v, strength)
end
function StayConstraint:execute() end

-- an edit constraint marks a variable as an input the user changes
local EditConstraint = class(UnaryConstraint)
function EditConstraint.new(v, strength)
  return UnaryConstraint.init(setmetatable({}, EditConstraint), v, strength)
end
function EditConstraint:isInput() return true end
function EditConstraint:execute() end

---------------------------------------------------------- BinaryConstraint
local BinaryConstraint = class(Constraint)

function BinaryConstraint.init(self, v1, v2, strength)
  self.strength = strength
  self.v1 = v1
  self.v2 = v2
  self.direction = NONE
  self:addConstraint()
  return self
end

function BinaryConstraint:chooseMethod(mark)
  local v1, v2, s = self.v1, self.v2, self.strength
  if v1.mark == mark then
    if v2.mark ~= mark and stronger(s, v2.walkStrength) then self.direction = FORWARD
    else self.direction = NONE end
    return
  end
  if v2.mark == mark then
    if v1.mark ~= mark and stronger(s, v1.walkStrength) then self.direction = BACKWARD
    else self.direction = NONE end
    return
  end
  if weaker(v1.walkStrength, v2.walkStrength) then
    if stronger(s, v1.walkStrength) then self.direction = BACKWARD
    else self.direction = NONE end
  else
    if stronger(s, v2.walkStrength) then self.direction = FORWARD
    else self.direction = BACKWARD end
  end
end

function BinaryConstraint:addToGraph()
  self.v1:addConstraint(self)
  self.v2:addConstraint(self)
  self.direction = NONE
end

function BinaryConstraint:isSatisfied() return self.direction ~= NONE end
function BinaryConstraint:markInputs(mark) self:input().mark = mark end

function BinaryConstraint:input()
  if self.direction == FORWARD then return self.v1 end
  return self.v2
end

function BinaryConstraint:output()
  if self.direction == FORWARD then return self.v2 end
  return self.v1
end

function BinaryConstraint:recalculate()
  local ihn, out = self:input(), self:output()
  out.walkStrength = weakest(self.strength, ihn.walkStrength)
  out.stay = ihn.stay
  if out.stay then self:execute() end
end

function BinaryConstraint:markUnsatisfied() self.direction = NONE end

function BinaryConstraint:inputsKnown(mark)
  local i = self:input()
  return i.mark == mark or i.stay or i.determinedBy == nil
end

function BinaryConstraint:removeFromGraph()
  if self.v1 ~= nil then self.v1:removeConstraint(self) end
  if self.v2 ~= nil then self.v2:removeConstraint(self) end
  self.direction = NONE
end

-- v1 == v2
local EqualityConstraint = class(BinaryConstraint)
function EqualityConstraint.new(v1, v2, strength)
  return BinaryConstraint.init(setmetatable({}, EqualityConstraint), v1, v2, strength)
end
function EqualityConstraint:execute()
  self:output().value = self:input().value
end

-- v2 == v1 * scale + offset
local ScaleConstraint = class(BinaryConstraint)
function ScaleConstraint.new(src, scale, offset, dest, strength)
  local self = setmetatable({}, ScaleConstraint)
  self.scale = scale
  self.offset = offset
  return BinaryConstraint.init(self, src, dest, strength)
end

function ScaleConstraint:addToGraph()
  BinaryConstraint.addToGraph(self)
  self.scale:addConstraint(self)
  self.offset:addConstraint(self)
end

function ScaleConstraint:removeFromGraph()
  BinaryConstraint.removeFromGraph(self)
  if self.scale ~= nil then self.scale:removeConstraint(self) end
  if self.offset ~= nil then self.offset:removeConstraint(self) end
end

function ScaleConstraint:markInputs(mark)
  BinaryConstraint.markInputs(self, mark)
  self.scale.mark = mark
  self.offset.mark = mark
end

function ScaleConstraint:execute()
  if self.direction == FORWARD then
    self.v2.value = self.v1.value * self.scale.value + self.offset.value
  else
    self.v1.value = (self.v2.value - self.offset.value) / self.scale.value
  end
end

function ScaleConstraint:recalculate()
  local ihn, out = self:input(), self:output()
  out.walkStrength = weakest(self.strength, ihn.walkStrength)
  out.stay = ihn.stay and self.scale.stay and self.offset.stay
  if out.stay then self:execute() end
end

---------------------------------------------------------------- Plan
local Plan = class(nil)
function Plan.new() return setmetatable({ n = 0 }, Plan) end
function Plan:add(c) local n = self.n + 1; self.n = n; self[n] = c end
function Plan:execute()
  for i = 1, self.n do self[i]:execute() end
end

---------------------------------------------------------------- Planner
local Planner = class(nil)
function Planner.new() return setmetatable({ currentMark = 0 }, Planner) end

function Planner:newMark()
  self.currentMark = self.currentMark + 1
  return self.currentMark
end

function Planner:incrementalAdd(c)
  local mark = self:newMark()
  local overridden = c:satisfy(mark)
  while overridden ~= nil do overridden = overridden:satisfy(mark) end
end

function Planner:incrementalRemove(c)
  local out = c:output()
  c:markUnsatisfied()
  c:removeFromGraph()
  local unsatisfied = self:removePropagateFrom(out)
  for s = REQUIRED, WEAKEST - 1 do
    for i = 1, #unsatisfied do
      local u = unsatisfied[i]
      if u.strength == s then self:incrementalAdd(u) end
    end
  end
end

-- push every satisfied constraint that reads v (other than the one that
-- determines it) onto the queue q
local function consumers(v, q)
  local determining = v.determinedBy
  local cs = v.constraints
  for i = 1, #cs do
    local c = cs[i]
    if c ~= determining and c:isSatisfied() then q[#q + 1] = c end
  end
end

function Planner:makePlan(sources)
  local mark = self:newMark()
  local plan = Plan.new()
  local todo, head = sources, 1
  while head <= #todo do
    local c = todo[head]
    head = head + 1
    local out = c:output()
    if out.mark ~= mark and c:inputsKnown(mark) then
      plan:add(c)
      out.mark = mark
      consumers(out, todo)
    end
  end
  return plan
end

function Planner:extractPlanFromConstraints(constraints)
  local sources = {}
  for i = 1, #constraints do
    local c = constraints[i]
    if c:isInput() and c:isSatisfied() then sources[#sources + 1] = c end
  end
  return self:makePlan(sources)
end

function Planner:addPropagate(c, mark)
  local todo, head = { c }, 1
  while head <= #todo do
    local d = todo[head]
    head = head + 1
    if d:output().mark == mark then
      self:incrementalRemove(c)
      return false
    end
    d:recalculate()
    consumers(d:output(), todo)
  end
  return true
end

function Planner:removePropagateFrom(out)
  out.determinedBy = nil
  out.walkStrength = WEAKEST
  out.stay = true
  local unsatisfied = {}
  local todo, head = { out }, 1
  while head <= #todo do
    local v = todo[head]
    head = head + 1
    local cs = v.constraints
    for i = 1, #cs do
      local c = cs[i]
      if not c:isSatisfied() then unsatisfied[#unsatisfied + 1] = c end
    end
    local determining = v.determinedBy
    for i = 1, #cs do
      local nxt = cs[i]
      if nxt ~= determining and nxt:isSatisfied() then
        nxt:recalculate()
        todo[#todo + 1] = nxt:output()
      end
    end
  end
  return unsatisfied
end

---------------------------------------------------------------- tests
local checksum = 0
local function fold(x)
  checksum = (checksum * 7 + x) % 1000000007
end

-- a chain v0 = v1 = ... = vn, stay on the last, edits on the first
local function chainTest(n)
  planner = Planner.new()
  local prev, first, last = nil, nil, nil
  for i = 0, n do
    local v = Variable.new("v", 0)
    if prev ~= nil then EqualityConstraint.new(prev, v, REQUIRED) end
    if i == 0 then first = v end
    if i == n then last = v end
    prev = v
  end
  StayConstraint.new(last, STRONG_DEFAULT)
  local edit = EditConstraint.new(first, PREFERRED)
  local plan = planner:extractPlanFromConstraints({ edit })
  for i = 0, 99 do
    first.value = i
    plan:execute()
    if last.value ~= i then error("chain test failed") end
    fold(last.value)
  end
  edit:destroyConstraint()
  fold(plan.n)
end

-- edit v to newValue through a freshly planned edit constraint
local function change(v, newValue)
  local edit = EditConstraint.new(v, PREFERRED)
  local plan = planner:extractPlanFromConstraints({ edit })
  for _ = 1, 10 do
    v.value = newValue
    plan:execute()
  end
  edit:destroyConstraint()
  fold(plan.n)
end

-- n pairs dst = src * scale + offset, edited from either end
local function projectionTest(n)
  planner = Planner.new()
  local scale = Variable.new("scale", 10)
  local offset = Variable.new("offset", 1000)
  local src, dst = nil, nil
  local dests = {}
  for i = 0, n - 1 do
    src = Variable.new("src", i)
    dst = Variable.new("dst", i)
    dests[i + 1] = dst
    StayConstraint.new(src, NORMAL)
    ScaleConstraint.new(src, scale, offset, dst, REQUIRED)
  end
  change(src, 17)
  if dst.value ~= 1170 then error("projection 1 failed") end
  change(dst, 1050)
  if src.value ~= 5 then error("projection 2 failed") end
  change(scale, 5)
  for i = 0, n - 2 do
    if dests[i + 1].value ~= i * 5 + 1000 then error("projection 3 failed") end
  end
  change(offset, 2000)
  for i = 0, n - 2 do
    if dests[i + 1].value ~= i * 5 + 2000 then error("projection 4 failed") end
  end
  fold(dests[n].value)
end

for _ = 1, iterations do
  chainTest(N)
  projectionTest(N)
end
print(string.format("%d iterations of chain(%d) + projection(%d): checksum %d, marks %d",
  iterations, N, N, checksum, planner.currentMark))
