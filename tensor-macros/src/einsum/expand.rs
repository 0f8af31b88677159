//! Expanding `einsum!`: a generic function whose bounds type-check the labels, a `const` plan,
//! and the loop nest of the direct path.
//!
//! The output for `einsum!("ij,jk->ik", a, b)` is, in outline:
//!
//! ```text
//! {
//!     trait __EinsumOperand0 { type A0; type A1; type Ell; }       // "operand 0 has shape .., but `ij` name 2 axes"
//!     impl<X0: Dim, X1: Dim> __EinsumOperand0 for (X0, X1) { .. }
//!     trait __einsum_label_j_1<Other> { type Out; }                // "label `j` is `{Self}` in operand 0 (axis 1) but `{Other}` .."
//!     fn __einsum<T, X0, X1, S0, S1, K0, K1>(x0: &X0, x1: &X1) -> Tensor<T, (I, K), Combined<K0, K1>>
//!     where X0: Operand<T, Shape = S0, Kind = K0>, .., <S0 as __EinsumOperand0>::A1: __einsum_label_j_1<<S1 as ..>::A0>
//!     {
//!         const EQ: Equation = ..;                                  // the labels, numbered
//!         let path = const { &EinsumPath::new(&EQ, ranks, dims, ..) }; // planned by the compiler
//!         if path.is_direct() { /* nested loops, trip counts path.size(l) */ } else { run(path, ..) }
//!     }
//!     __einsum(&(a), &(b))
//! }
//! ```

use super::check::{Checked, Term};
use super::parse::{EinsumInput, Mode};
use super::plan::Plan;
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

/// Expands a checked `einsum!`.
pub fn expand(input: &EinsumInput, eq: &Checked, plan: &Plan) -> syn::Result<TokenStream> {
    let k = &input.krate;
    let n = eq.inputs.len();
    let equation = eq.text();
    let xs: Vec<_> = (0..n).map(|i| format_ident!("__X{}", i)).collect();
    let ss: Vec<_> = (0..n).map(|i| format_ident!("__S{}", i)).collect();
    let ks: Vec<_> = (0..n).map(|i| format_ident!("__K{}", i)).collect();
    let args: Vec<_> = (0..n).map(|i| format_ident!("__x{}", i)).collect();
    let op_traits: Vec<_> = (0..n)
        .map(|i| format_ident!("__EinsumOperand{}", i))
        .collect();

    let mut items = TokenStream::new();
    let mut bounds = Vec::new();

    // Operand traits: the rank check and the axis projections.
    for (i, term) in eq.inputs.iter().enumerate() {
        items.extend(operand_trait(
            k,
            &op_traits[i],
            i,
            term,
            &eq.term_text(term),
            &equation,
        ));
        let (s, tr) = (&ss[i], &op_traits[i]);
        bounds.push(quote!(#s: #tr));
    }

    // Label agreement: a chain of local traits per label with two or more occurrences.
    let axis_dim = |operand: usize, position: usize| {
        let (s, tr, a) = (
            &ss[operand],
            &op_traits[operand],
            format_ident!("A{}", position),
        );
        quote!(<#s as #tr>::#a)
    };
    let mut label_dims: Vec<TokenStream> = Vec::new();
    for (l, occ) in plan.occurrences.iter().enumerate() {
        let name = &eq.names[l];
        let Some(first) = occ.first() else {
            // A broadcast (output-only) label: a parameter the output type fixes.
            let b = format_ident!("__B_{}", l);
            label_dims.push(if input.mode == Mode::Path {
                quote!(#k::Bcast)
            } else {
                quote!(#b)
            });
            continue;
        };
        let mut dim = axis_dim(first.operand, first.position);
        for (step, o) in occ.iter().enumerate().skip(1) {
            let tr = if step == 1 {
                format_ident!("Label_{}_SizesAgree", name)
            } else {
                format_ident!("Label_{}_SizesAgree_{}", name, step)
            };
            let before = if step == 1 {
                format!("in operand {} ({})", first.operand, first.axis)
            } else {
                let ops: Vec<String> = occ[..step].iter().map(|o| o.operand.to_string()).collect();
                format!("in operands {}", ops.join(", "))
            };
            let message = format!(
                "einsum label `{name}` is `{{Self}}` {before} but `{{Other}}` in operand {} ({})",
                o.operand, o.axis
            );
            let label = format!("label `{name}` has two different sizes in `{equation}`");
            items.extend(quote! {
                #[allow(non_camel_case_types)]
                #[diagnostic::on_unimplemented(
                    message = #message,
                    label = #label,
                    note = "the axes under one label must have the same size; a `Bcast` axis stretches to the other size, `Const<1>` does not"
                )]
                trait #tr<Other> { type Out: #k::Dim; }
                #k::__einsum_label_impls!(#tr);
            });
            let other = axis_dim(o.operand, o.position);
            bounds.push(quote!(#dim: #tr<#other>));
            dim = quote!(<#dim as #tr<#other>>::Out);
        }
        label_dims.push(dim);
    }

    // The ellipsis block: the operands' blocks broadcast together.
    let mut ell = None::<TokenStream>;
    let mut with_ellipsis = Vec::new();
    for (i, term) in eq.inputs.iter().enumerate() {
        if term.ellipsis {
            let (s, tr) = (&ss[i], &op_traits[i]);
            let e = quote!(<#s as #tr>::Ell);
            ell = Some(match ell {
                None => e,
                Some(prev) => {
                    let tr = format_ident!("EllipsisBroadcasts_{}", i);
                    let before: Vec<String> = with_ellipsis
                        .iter()
                        .map(|o: &usize| o.to_string())
                        .collect();
                    let message = format!(
                        "the `...` axes `{{Self}}` of einsum operand{} {} do not broadcast with the `...` axes `{{Other}}` of operand {i}",
                        if before.len() > 1 { "s" } else { "" },
                        before.join(", ")
                    );
                    items.extend(quote! {
                        #[allow(non_camel_case_types)]
                        #[diagnostic::on_unimplemented(
                            message = #message,
                            label = "the `...` blocks do not broadcast",
                            note = "`...` blocks are aligned from the right: each pair of axes must be equal, or one of them `Bcast`; missing leading axes broadcast"
                        )]
                        trait #tr<Other> { type Out: #k::Shape; }
                        #k::__einsum_ellipsis_impls!(#tr);
                    });
                    bounds.push(quote!(#prev: #tr<#e>));
                    quote!(<#prev as #tr<#e>>::Out)
                }
            });
            with_ellipsis.push(i);
        }
    }
    let ell = ell.unwrap_or_else(|| quote!(()));

    // The output shape.
    let dims_of = |labels: &[u8]| -> Vec<TokenStream> {
        labels
            .iter()
            .map(|&l| label_dims[l as usize].clone())
            .collect()
    };
    let front = dims_of(&eq.output.front);
    let back = dims_of(&eq.output.back);
    let out_shape = if eq.output.ellipsis {
        let f = quote!((#(#front,)*));
        let b = quote!((#(#back,)*));
        bounds.push(quote!(#f: #k::Concat<#ell>));
        let fe = quote!(<#f as #k::Concat<#ell>>::Output);
        bounds.push(quote!(#fe: #k::Concat<#b>));
        quote!(<#fe as #k::Concat<#b>>::Output)
    } else {
        quote!((#(#front,)*))
    };

    // The result's storage kind: inline only if every operand is.
    let k0 = &ks[0];
    let mut kind = quote!(#k0);
    for kn in &ks[1..] {
        bounds.push(quote!(#kind: #k::Combine<#kn>));
        kind = quote!(<#kind as #k::Combine<#kn>>::Output);
    }

    let eq_const = equation_const(k, eq, &equation);
    let order = match &eq.order {
        None => quote!(::core::option::Option::None),
        Some(pairs) => {
            let (a, b): (Vec<u8>, Vec<u8>) = pairs.iter().map(|&(a, b)| (a as u8, b as u8)).unzip();
            quote!(::core::option::Option::Some(&[#((#a, #b)),*]))
        }
    };
    items.extend(quote!(const __EQ: #k::einsum::Equation = #eq_const;));
    let forward = |out: &TokenStream| {
        quote! {
            #k::einsum::EinsumPath::new(
                &__EQ,
                &[#(<#ss as #k::Shape>::RANK),*],
                &[#(<#ss as #k::Shape>::PADDED_DIMS),*],
                (<#out as #k::Shape>::RANK, <#out as #k::Shape>::PADDED_DIMS),
                #order,
            )
        }
    };
    let forward_path = forward(&out_shape);
    let path = quote! {
        let __path: &'static #k::einsum::EinsumPath = const { &#forward_path };
    };

    // Tracking: the result is a `Var` when some operand is.
    let rs: Vec<_> = (0..n).map(|i| format_ident!("__R{}", i)).collect();
    let r0 = &rs[0];
    let mut track = quote!(#r0);
    for r in &rs[1..] {
        bounds.push(quote!(#track: #k::einsum::TrackOr<#r>));
        track = quote!(<#track as #k::einsum::TrackOr<#r>>::Out);
    }
    if input.mode == Mode::Einsum {
        items.extend(gradient_fn(k, eq, &ss, &forward(&quote!(__SO))));
    }

    let broadcast_params: Vec<_> = if input.mode == Mode::Path {
        Vec::new()
    } else {
        eq.broadcast
            .iter()
            .map(|&l| format_ident!("__B_{}", l))
            .collect()
    };
    let tracks: Vec<TokenStream> = if input.mode == Mode::Into {
        (0..n).map(|_| quote!(#k::einsum::Untracked)).collect()
    } else {
        rs.iter().map(|r| quote!(#r)).collect()
    };
    let track_params: Vec<_> = if input.mode == Mode::Into {
        Vec::new()
    } else {
        rs.clone()
    };
    if input.mode == Mode::Into {
        bounds.retain(|b| !b.to_string().contains("TrackOr"));
    }
    let generics = quote!(__T, #(#xs,)* #(#ss: #k::Shape,)* #(#ks: #k::Kind,)* #(#track_params: #k::einsum::Track,)* #(#broadcast_params: #k::Dim,)*);
    let where_clause = quote! {
        where
            __T: #k::GemmElem,
            #(#xs: #k::einsum::EinsumArg<__T, Shape = #ss, Kind = #ks, Track = #tracks>,)*
            #(#bounds,)*
    };
    let call_args: Vec<TokenStream> = input
        .operands
        .iter()
        .map(|e| quote_spanned!(e.span()=> &(#e)))
        .collect();
    let attrs = quote!(#[allow(unused, non_snake_case, non_camel_case_types, clippy::all, clippy::pedantic)]);

    let body = match input.mode {
        Mode::Path => quote! {
            #attrs
            fn __einsum<#generics>(#(#args: &#xs),*) -> &'static #k::einsum::EinsumPath #where_clause {
                #path
                __path
            }
            __einsum(#(#call_args),*)
        },
        Mode::Einsum => {
            let run = execute(k, eq, plan, (&args, &xs), &forward_path);
            quote! {
                #attrs
                #[inline]
                fn __einsum<#generics>(#(#args: &#xs),*)
                    -> <#track as #k::einsum::Track>::Out<__T, #out_shape, #kind>
                #where_clause {
                    #path
                    // Every element is written below (repeated output labels: zeros first).
                    let mut __result =
                        #k::einsum::output_for_overwrite::<__T, #out_shape, #kind>();
                    {
                        let __out: &mut [__T] = __result.as_mut_slice();
                        #k::einsum::clear_diagonal_output(__path, __out);
                        #run
                    }
                    <#track as #k::einsum::Track>::wrap(
                        __result,
                        __path,
                        __grad::<__T, #(#ss,)* #out_shape>,
                        || [#(#k::einsum::EinsumArg::<__T>::parts(#args)),*],
                    )
                }
                __einsum(#(#call_args),*)
            }
        }
        Mode::Into => {
            let run = execute(k, eq, plan, (&args, &xs), &forward_path);
            let target = input.into.as_ref().expect("einsum_into! has a target");
            let target = quote_spanned!(target.span()=> #target);
            quote! {
                #attrs
                #[inline]
                fn __einsum<#generics __KO: #k::Kind>(
                    __target: &mut #k::Tensor<__T, #out_shape, __KO>,
                    #(#args: &#xs),*
                ) #where_clause {
                    #path
                    let __out: &mut [__T] = __target.as_mut_slice();
                    #k::einsum::clear_diagonal_output(__path, __out);
                    #run
                }
                __einsum(#target, #(#call_args),*)
            }
        }
    };
    Ok(quote!({ #items #body }))
}

/// `__grad`: the full-size gradient of operand `k` by its backward einsum
/// `einsum(output, others -> operand k)`, each planned at compile time like the forward one.
fn gradient_fn(
    k: &TokenStream,
    eq: &Checked,
    ss: &[syn::Ident],
    forward: &TokenStream,
) -> TokenStream {
    let n = eq.inputs.len();
    let subs = |t: &Term| {
        let (front, back, ellipsis) = (&t.front, &t.back, t.ellipsis);
        quote!(#k::einsum::Subscripts { front: &[#(#front),*], ellipsis: #ellipsis, back: &[#(#back),*] })
    };
    let names = &eq.names;
    let out_subs = subs(&eq.output);
    let arms = (0..n).map(|g| {
        let others: Vec<usize> = (0..n).filter(|&j| j != g).collect();
        let inputs = others.iter().map(|&j| subs(&eq.inputs[j]));
        let output = subs(&eq.inputs[g]);
        let text = format!("gradient of operand {g}");
        let other_ss = others.iter().map(|&j| &ss[j]);
        let other_ss2 = others.iter().map(|&j| &ss[j]);
        let other_ops = others.iter().map(|&j| quote!(__ops[#j].clone()));
        quote! {
            #g => {
                const __B: #k::einsum::Equation = #k::einsum::Equation {
                    text: #text,
                    names: &[#(#names),*],
                    inputs: &[#out_subs, #(#inputs),*],
                    output: #output,
                };
                let __p: &'static #k::einsum::EinsumPath = const {
                    &#k::einsum::EinsumPath::new(
                        &__B,
                        &[<__SO as #k::Shape>::RANK, #(<#other_ss as #k::Shape>::RANK),*],
                        &[<__SO as #k::Shape>::PADDED_DIMS, #(<#other_ss2 as #k::Shape>::PADDED_DIMS),*],
                        #forward.grad_dims(#g),
                        ::core::option::Option::None,
                    )
                };
                #k::einsum::run(__p, &[__g, #(#other_ops),*], __out);
            }
        }
    });
    quote! {
        #[allow(unused, non_snake_case, non_camel_case_types, clippy::all, clippy::pedantic)]
        fn __grad<__T: #k::GemmElem, #(#ss: #k::Shape,)* __SO: #k::Shape>(
            __k: usize,
            __g: &[__T],
            __ops: &[#k::ops::kernel::Strided<'_, __T>],
            __out: &mut [__T],
        ) {
            let __g = #k::ops::kernel::Strided::contiguous(__g, <__SO as #k::Shape>::DIMS.as_ref());
            match __k {
                #(#arms)*
                _ => {}
            }
        }
    }
}

/// The local trait checking operand `i`'s rank and naming its axes `A0, A1, …` and `Ell`.
fn operand_trait(
    k: &TokenStream,
    tr: &syn::Ident,
    i: usize,
    term: &Term,
    text: &str,
    equation: &str,
) -> TokenStream {
    let explicit = term.front.len() + term.back.len();
    let message = if term.ellipsis {
        format!(
            "einsum operand {i} has shape `{{Self}}`, but its subscripts `{text}` need at least {explicit} axes"
        )
    } else {
        format!(
            "einsum operand {i} has shape `{{Self}}`, but its subscripts `{text}` name {explicit} axes"
        )
    };
    let label = format!("operand {i} of `{equation}`");
    let names: Vec<_> = (0..explicit).map(|p| format_ident!("A{}", p)).collect();
    let ranks = if term.ellipsis {
        explicit..=6
    } else {
        explicit..=explicit
    };
    let mut impls = TokenStream::new();
    for rank in ranks {
        let xs: Vec<_> = (0..rank).map(|r| format_ident!("X{}", r)).collect();
        let front = term.front.len();
        let back = term.back.len();
        let assigned: Vec<_> = (0..explicit)
            .map(|p| {
                if p < front {
                    xs[p].clone()
                } else {
                    xs[rank - back + (p - front)].clone()
                }
            })
            .collect();
        let ell = &xs[front..rank - back];
        impls.extend(quote! {
            impl<#(#xs: #k::Dim),*> #tr for (#(#xs,)*) {
                #(type #names = #assigned;)*
                type Ell = (#(#ell,)*);
            }
        });
    }
    quote! {
        #[allow(non_camel_case_types)]
        #[diagnostic::on_unimplemented(message = #message, label = #label)]
        trait #tr {
            #(type #names: #k::Dim;)*
            type Ell: #k::Shape;
        }
        #impls
    }
}

/// The `Equation` constant.
fn equation_const(k: &TokenStream, eq: &Checked, text: &str) -> TokenStream {
    let subs = |t: &Term| {
        let (front, back, ellipsis) = (&t.front, &t.back, t.ellipsis);
        quote!(#k::einsum::Subscripts { front: &[#(#front),*], ellipsis: #ellipsis, back: &[#(#back),*] })
    };
    let inputs: Vec<_> = eq.inputs.iter().map(subs).collect();
    let output = subs(&eq.output);
    let names = &eq.names;
    quote! {
        #k::einsum::Equation { text: #text, names: &[#(#names),*], inputs: &[#(#inputs),*], output: #output }
    }
}

/// The direct loops of a contraction with one summed label add the products to whole output
/// rows when the output's last axis is at most this long (one 128-bit vector of `f32`), and sum
/// each element on its own otherwise. Measured on the embedded Kalman step
/// (`benches/run_embedded.sh`, f32, baseline x86-64), whose `einsum!`s are `(F P) Fᵀ`, a (4, 4)
/// output, and `P Hᵀ`, (4, 2): both by rows, 445 instructions per step at opt-level 3 and 2477
/// at "s", `.text` 27390 and 14487 bytes; only `P Hᵀ` by rows, 455 and 2396, 27438 and 14456
/// bytes; neither, 455 and 2523. The tightest cell against nalgebra is `.text` at opt-level 3
/// (27454 bytes), so both go by rows.
const ROW_SUMS_MAX: usize = 4;

/// The execution: the direct loop nest, or the pairwise run-time.
fn execute(
    k: &TokenStream,
    eq: &Checked,
    plan: &Plan,
    (args, xs): (&[syn::Ident], &[syn::Ident]),
    forward: &TokenStream,
) -> TokenStream {
    let n = eq.inputs.len();
    let ds: Vec<_> = (0..n).map(|i| format_ident!("__d{}", i)).collect();
    let bs: Vec<_> = (0..n).map(|i| format_ident!("__b{}", i)).collect();
    let sts: Vec<_> = (0..n).map(|i| format_ident!("__s{}", i)).collect();
    let idx = |l: u8| format_ident!("__i{}", l);
    let offset = |base: TokenStream, strides: &syn::Ident, labels: &[u8]| {
        let terms = labels.iter().map(|&l| {
            let (i, l) = (idx(l), l as usize);
            quote!((#i as isize) * #strides[#l])
        });
        quote!(((#base) #(+ #terms)*) as usize)
    };
    let factors: Vec<TokenStream> = (0..n)
        .map(|i| {
            let (d, b, s) = (&ds[i], &bs[i], &sts[i]);
            let off = offset(quote!(#b), s, &plan.operand_labels[i]);
            quote!(#d[#off])
        })
        .collect();
    let mut product = factors[0].clone();
    for f in &factors[1..] {
        product = quote!(#product * #f);
    }
    let so = format_ident!("__so");
    let out_labels: Vec<u8> = plan.loops[..plan.output_loops].to_vec();
    let out_off = offset(quote!(0isize), &so, &out_labels);
    let summed = &plan.loops[plan.output_loops..];
    let wrap = |inner: TokenStream, labels: &[u8]| {
        labels.iter().rev().fold(inner, |inner, &l| {
            let (i, lu) = (idx(l), l as usize);
            quote!(for #i in 0..__path.size(#lu) { #inner })
        })
    };
    let element = match summed {
        [] => quote!(__out[#out_off] = #product;),
        &[l] => {
            // One summed label: the sum starts at its first product and adds the others in
            // order, as `matmul` does (a `0 + …` start is an add LLVM may not fold away:
            // `0.0 + -0.0` is `0.0`). The embedded Kalman step: 501 instead of 600
            // instructions at opt-level 3, 2666 instead of 2785 at "s".
            let (i, lu) = (idx(l), l as usize);
            quote! {
                let mut __acc: __T = if __path.size(#lu) == 0 {
                    #k::einsum::zero()
                } else {
                    let #i = 0usize;
                    #product
                };
                for #i in 1..__path.size(#lu) {
                    __acc = __acc + #product;
                }
                __out[#out_off] = __acc;
            }
        }
        _ => {
            let sum = wrap(quote!(__acc = __acc + #product;), summed);
            quote! {
                let mut __acc: __T = #k::einsum::zero();
                #sum
                __out[#out_off] = __acc;
            }
        }
    };
    let nest = match (summed, out_labels.split_last()) {
        (&[l], Some((&last, outer))) => {
            // A short last output axis: the products are added to whole output rows, that axis
            // innermost (`matmul`'s `i-p-j` order), each element starting at its first product,
            // so each element still sums its products in order. Chosen by the const size.
            let (i, lu) = (idx(l), l as usize);
            let row = |statement: TokenStream| wrap(statement, &[last]);
            let first = row(quote!(__out[#out_off] = #product;));
            let rest = row(quote!(__out[#out_off] = __out[#out_off] + #product;));
            let zero = row(quote!(__out[#out_off] = #k::einsum::zero();));
            let by_rows = wrap(
                quote! {
                    if __path.size(#lu) == 0 {
                        #zero
                    } else {
                        {
                            let #i = 0usize;
                            #first
                        }
                        for #i in 1..__path.size(#lu) {
                            #rest
                        }
                    }
                },
                outer,
            );
            let by_elements = wrap(element, &out_labels);
            let last = last as usize;
            quote! {
                if __path.size(#last) <= #ROW_SUMS_MAX {
                    #by_rows
                } else {
                    #by_elements
                }
            }
        }
        _ => wrap(element, &out_labels),
    };
    let positions: Vec<usize> = (0..n).collect();
    quote! {
        if __path.is_direct() {
            // Contiguous operands (tensors, `Var`s) get compile-time strides, so the offsets
            // below fold to constants and their elements are read straight from their buffers
            // (no layout built); views read theirs at run time.
            let __consts: &'static [[isize; #k::einsum::MAX_LABELS]; #n + 1] = const {
                &{
                    let __p = #forward;
                    [#(__p.input_strides(#positions),)* __p.output_strides()]
                }
            };
            #(let (#ds, #bs, #sts) = if <#xs as #k::einsum::EinsumArg<__T>>::CONTIGUOUS {
                (#k::einsum::EinsumArg::<__T>::data(#args), 0isize, __consts[#positions])
            } else {
                let __layout = #k::einsum::EinsumArg::<__T>::layout(#args);
                #k::einsum::label_strides(__path, #positions, &__layout)
            };)*
            let #so = __consts[#n];
            #nest
        } else {
            let __layouts = [#(#k::einsum::EinsumArg::<__T>::layout(#args)),*];
            #k::einsum::run(__path, &__layouts, __out);
        }
    }
}
