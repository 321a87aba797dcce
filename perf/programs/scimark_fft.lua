-- scimark_fft: SciMark-style complex FFT.  An in-place iterative radix-2
-- Cooley-Tukey transform (bit-reversal permutation, then butterflies with
-- twiddles from a trigonometric recurrence) over 1024 complex values kept
-- interleaved in one array; each cycle transforms forward and back and
-- rescales.  Size: cycles.
local cycles = tonumber(arg and arg[1]) or 100
local N = 1024
local sin, sqrt = math.sin, math.sqrt

local seed = 101
local function rand()
  seed = (seed * 16807) % 2147483647
  return seed / 2147483647
end

-- data[2k+1], data[2k+2] hold the real and imaginary part of element k
local function bitreverse(data, n)
  local j = 0
  for i = 0, n - 2 do
    if i < j then
      local ii, jj = 2 * i + 1, 2 * j + 1
      data[ii], data[jj] = data[jj], data[ii]
      data[ii + 1], data[jj + 1] = data[jj + 1], data[ii + 1]
    end
    local k = n / 2
    while k <= j do
      j = j - k
      k = k / 2
    end
    j = j + k
  end
end

-- dir = -1 forward, +1 inverse (unscaled)
local function transform(data, n, dir)
  bitreverse(data, n)
  local span = 1
  while span < n do
    local theta = dir * 3.141592653589793 / span
    local s = sin(0.5 * theta)
    local wpr = -2.0 * s * s          -- cos(theta) - 1
    local wpi = sin(theta)
    local wr, wi = 1.0, 0.0
    for a = 0, span - 1 do
      for b = a, n - 1, 2 * span do
        local i = 2 * b + 1
        local j = 2 * (b + span) + 1
        local xr, xi = data[j], data[j + 1]
        local tr = wr * xr - wi * xi
        local ti = wr * xi + wi * xr
        data[j] = data[i] - tr
        data[j + 1] = data[i + 1] - ti
        data[i] = data[i] + tr
        data[i + 1] = data[i + 1] + ti
      end
      local t = wr
      wr = wr + (t * wpr - wi * wpi)
      wi = wi + (wi * wpr + t * wpi)
    end
    span = span * 2
  end
end

local data, orig = {}, {}
for i = 1, 2 * N do
  data[i] = rand()
  orig[i] = data[i]
end

local peak = 0.0
for _ = 1, cycles do
  transform(data, N, -1)
  local m = sqrt(data[3] * data[3] + data[4] * data[4])
  peak = peak + m
  transform(data, N, 1)
  for i = 1, 2 * N do data[i] = data[i] / N end
end

local err = 0.0
for i = 1, 2 * N do
  local d = data[i] - orig[i]
  err = err + d * d
end
err = sqrt(err / (2 * N))
if err > 1e-9 then error("fft round trip error too large: " .. err) end
print(string.format("n=%d cycles=%d |X1| sum=%.6f round trip ok", N, cycles, peak))
