-- binarytrees: allocate and walk many perfect binary trees (nodes are
-- two-slot tables, leaves are empty tables).  A long-lived tree stays alive
-- while short-lived trees of growing depth are built and checked, which
-- stresses allocation and the garbage collector.
-- Size: maximum depth (work roughly doubles per step).
local maxDepth = tonumber(arg and arg[1]) or 14
local MIN_DEPTH = 4
if maxDepth < MIN_DEPTH + 2 then maxDepth = MIN_DEPTH + 2 end

local function build(depth)
  if depth == 0 then return {} end
  depth = depth - 1
  return { build(depth), build(depth) }
end

-- number of nodes in the tree
local function check(tree)
  local left = tree[1]
  if left == nil then return 1 end
  return 1 + check(left) + check(tree[2])
end

local stretch = maxDepth + 1
print(string.format("stretch tree of depth %d\t check: %d", stretch, check(build(stretch))))

local longLived = build(maxDepth)

for depth = MIN_DEPTH, maxDepth, 2 do
  local iterations = 1
  for _ = 1, maxDepth - depth + MIN_DEPTH do iterations = iterations * 2 end
  local sum = 0
  for _ = 1, iterations do sum = sum + check(build(depth)) end
  print(string.format("%d\t trees of depth %d\t check: %d", iterations, depth, sum))
end

print(string.format("long lived tree of depth %d\t check: %d", maxDepth, check(longLived)))
