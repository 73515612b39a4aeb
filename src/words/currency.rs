//! Currency symbols that each language writes its own way.

use crate::words::Words;

entries! {
    USD = "$\u{a0}US", "$";
    CAD = "$\u{a0}CA", "CA$";
}
